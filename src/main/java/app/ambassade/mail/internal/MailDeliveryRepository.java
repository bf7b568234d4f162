package app.ambassade.mail.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MailDeliveryRepository extends JpaRepository<MailDelivery, Long> {

    boolean existsByMailKey(String mailKey);
}
