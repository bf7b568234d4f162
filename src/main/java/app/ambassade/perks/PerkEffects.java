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
 * The perks module's effects on other modules, once a change is committed: the engagement ledger for a
 * claim (once per member and perk, whatever the number of re-claims) and for attendance (with the
 * thank-you of a late check-in), the notice and e-mail to a promoted member (once per promotion), the
 * notice telling applicants whether they were selected. Durable: a failure leaves the event incomplete
 * and it is retried; every effect is keyed, so a retry never doubles one.
 */
@Component
class PerkEffects {

    private final EngagementService engagement;
    private final NotificationService notifications;
    private final PerkMail mail;
    private final PerkLifecycle lifecycle;

    PerkEffects(
            EngagementService engagement, NotificationService notifications, PerkMail mail, PerkLifecycle lifecycle) {
        this.engagement = engagement;
        this.notifications = notifications;
        this.mail = mail;
        this.lifecycle = lifecycle;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PerkActivity.Claimed event) {
        if (event.status() == ClaimStatus.CONFIRMED || event.status() == ClaimStatus.APPLIED) {
            claimed(event.tenantId(), event.perkId(), event.memberId());
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PerkActivity.Promoted event) {
        claimed(event.tenantId(), event.perkId(), event.memberId());
        String origin = "perk-promoted:" + event.promotionId();
        notifications.send(
                event.tenantId(),
                event.memberId(),
                NotificationType.PERK_PROMOTED,
                null,
                List.of(event.perkTitle()),
                PerkTarget.of(event.perkId()),
                origin);
        mail.seatConfirmed(origin, event.tenantId(), event.memberId(), event.perkId(), event.perkTitle());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PerkActivity.CheckedIn event) {
        engagement.record(
                event.tenantId(),
                event.memberId(),
                EngagementAction.ATTENDED_EVENT,
                "perk:" + event.perkId(),
                event.title());
        lifecycle.thank(event.tenantId(), event.perkId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PerkActivity.Decided event) {
        notifications.send(
                event.tenantId(),
                event.memberId(),
                event.selected() ? NotificationType.PERK_SELECTED : NotificationType.PERK_NOT_SELECTED,
                null,
                List.of(event.title()),
                PerkTarget.of(event.perkId()),
                "perk-decided:" + event.perkId() + ":" + event.memberId() + ":" + event.selected());
    }

    private void claimed(long tenantId, long perkId, long memberId) {
        engagement.record(tenantId, memberId, EngagementAction.CLAIMED_PERK, "perk:" + perkId, "");
    }
}
