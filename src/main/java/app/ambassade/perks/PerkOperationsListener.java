package app.ambassade.perks;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationType;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * After the brand team's changes are committed: attendance goes to the engagement ledger (and a late
 * check-in gets its thank-you), applicants learn whether they were selected. Durable and idempotent:
 * a failure leaves the event to be retried; the ledger, the thank-you and the notice happen once.
 */
@Component
class PerkOperationsListener {

    private final EngagementService engagement;
    private final NotificationService notifications;
    private final PerkLifecycle lifecycle;

    PerkOperationsListener(EngagementService engagement, NotificationService notifications, PerkLifecycle lifecycle) {
        this.engagement = engagement;
        this.notifications = notifications;
        this.lifecycle = lifecycle;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PerkOperationsEvents.CheckedIn event) {
        engagement.record(event.tenantId(), event.memberId(), EngagementAction.ATTENDED_EVENT,
                "perk:" + event.perkId(), event.title());
        lifecycle.thank(event.tenantId(), event.perkId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PerkOperationsEvents.Decided event) {
        notifications.send(event.tenantId(), event.memberId(),
                event.selected() ? NotificationType.PERK_SELECTED : NotificationType.PERK_NOT_SELECTED, null,
                List.of(event.title()), PerkTarget.of(event.perkId()),
                "perk-decided:" + event.perkId() + ":" + event.memberId() + ":" + event.selected());
    }
}
