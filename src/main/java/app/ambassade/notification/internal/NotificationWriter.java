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

    /** Saves unless the recipient already has a notice of the same origin; true when saved. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean saveOnce(NotificationEntry entry) {
        if (notifications.existsByRecipientIdAndOrigin(entry.getRecipientId(), entry.getOrigin())) {
            return false;
        }
        notifications.saveAndFlush(entry);
        return true;
    }
}
