package app.ambassade.notification.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Saves in a transaction of its own, opened after the caller entered the tenant's scope. */
@Component
public class NotificationWriter {

    private final NotificationRepository notifications;

    NotificationWriter(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void save(NotificationEntry entry) {
        notifications.save(entry);
    }
}
