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
 * After a claim is committed: the engagement ledger (once per member and perk, whatever the number of
 * re-claims) and the notice and e-mail to a promoted member (once per promotion). Durable: a failure
 * leaves the event incomplete, and it is retried; every effect is keyed, so a retry never doubles one.
 */
@Component
class ClaimListeners {

    private final EngagementService engagement;
    private final NotificationService notifications;
    private final PerkMail mail;

    ClaimListeners(EngagementService engagement, NotificationService notifications, PerkMail mail) {
        this.engagement = engagement;
        this.notifications = notifications;
        this.mail = mail;
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
        notifications.send(event.tenantId(), event.memberId(), NotificationType.PERK_PROMOTED, null,
                List.of(event.perkTitle()), PerkTarget.of(event.perkId()), origin);
        mail.seatConfirmed(origin, event.tenantId(), event.memberId(), event.perkId(), event.perkTitle());
    }

    private void claimed(long tenantId, long perkId, long memberId) {
        engagement.record(tenantId, memberId, EngagementAction.CLAIMED_PERK, "perk:" + perkId, "");
    }
}
