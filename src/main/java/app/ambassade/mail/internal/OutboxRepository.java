package app.ambassade.mail.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    Page<OutboxEntry> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);
}
