package app.ambassade.reassurance.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransparencyFactRepository extends JpaRepository<TransparencyFact, Long> {

    Page<TransparencyFact> findAllBy(Pageable pageable);

    List<TransparencyFact> findTop100ByOrderByDisplayOrderAscIdAsc();
}
