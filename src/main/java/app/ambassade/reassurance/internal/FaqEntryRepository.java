package app.ambassade.reassurance.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqEntryRepository extends JpaRepository<FaqEntry, Long> {

    Page<FaqEntry> findAllBy(Pageable pageable);

    List<FaqEntry> findTop200ByOrderByCategoryAscDisplayOrderAscIdAsc();
}
