package app.ambassade.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlatformAuditEntryRepository extends JpaRepository<PlatformAuditEntry, Long> {

    boolean existsByEventId(String eventId);

    Page<PlatformAuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);
}
