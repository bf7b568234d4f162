package app.ambassade.notification.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<NotificationEntry, Long> {

    boolean existsByRecipientIdAndOrigin(long recipientId, String origin);

    Page<NotificationEntry> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    long countByRecipientIdAndReadFalse(long recipientId);

    @Modifying
    @Query(
            "update NotificationEntry n set n.read = true where n.id = :id and n.recipientId = :recipientId and n.read = false")
    int markRead(long id, long recipientId);

    @Modifying
    @Query("update NotificationEntry n set n.read = true where n.recipientId = :recipientId and n.read = false")
    int markAllRead(long recipientId);
}
