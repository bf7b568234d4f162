package app.ambassade.reassurance.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrustLabelRepository extends JpaRepository<TrustLabel, Long> {

    Page<TrustLabel> findAllBy(Pageable pageable);

    List<TrustLabel> findTop100ByOrderByDisplayOrderAscIdAsc();
}
