package app.ambassade.perks;

import app.ambassade.community.EngagementAction;
import app.ambassade.community.EngagementService;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After the brand team's changes are committed: attendance goes to the engagement ledger (and a late
 * check-in gets its thank-you), applicants learn whether they were selected. A failure here is logged
 * and never undoes the check-in or the decision.
 */
@Component
class PerkOperationsListener {

    private static final Logger log = LoggerFactory.getLogger(PerkOperationsListener.class);

    private final EngagementService engagement;
    private final NotificationService notifications;
    private final PerkLifecycle lifecycle;

    PerkOperationsListener(EngagementService engagement, NotificationService notifications, PerkLifecycle lifecycle) {
        this.engagement = engagement;
        this.notifications = notifications;
        this.lifecycle = lifecycle;
    }

    static String link(long perkId) {
        return "perks/" + perkId;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PerkOperationsEvents.CheckedIn event) {
        try {
            engagement.record(event.tenantId(), event.memberId(), EngagementAction.ATTENDED_EVENT,
                    "perk:" + event.perkId(), event.title());
        } catch (RuntimeException e) {
            log.warn("attendance not recorded: tenant={} member={} perk={}", event.tenantId(), event.memberId(),
                    event.perkId(), e);
        }
        try {
            lifecycle.thank(event.tenantId(), event.perkId());
        } catch (RuntimeException e) {
            log.warn("late thank-you not sent: tenant={} perk={}", event.tenantId(), event.perkId(), e);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PerkOperationsEvents.Decided event) {
        try {
            notifications.send(event.tenantId(), event.memberId(),
                    event.selected() ? NotificationType.PERK_SELECTED : NotificationType.PERK_NOT_SELECTED, null,
                    List.of(event.title()), link(event.perkId()));
        } catch (RuntimeException e) {
            log.warn("selection outcome not notified: tenant={} member={} perk={}", event.tenantId(),
                    event.memberId(), event.perkId(), e);
        }
    }
}
