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
 * After a claim is committed: the engagement ledger (once per member and perk, whatever the number of
 * re-claims) and the notice and e-mail to a promoted member. A failure here is logged and never undoes the claim.
 */
@Component
class ClaimListeners {

    private static final Logger log = LoggerFactory.getLogger(ClaimListeners.class);

    private final EngagementService engagement;
    private final NotificationService notifications;
    private final PerkMail mail;

    ClaimListeners(EngagementService engagement, NotificationService notifications, PerkMail mail) {
        this.engagement = engagement;
        this.notifications = notifications;
        this.mail = mail;
    }

    static String link(long perkId) {
        return "perks/" + perkId;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PerkActivity.Claimed event) {
        if (event.status() == ClaimStatus.CONFIRMED || event.status() == ClaimStatus.APPLIED) {
            claimed(event.tenantId(), event.perkId(), event.memberId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PerkActivity.Promoted event) {
        claimed(event.tenantId(), event.perkId(), event.memberId());
        try {
            notifications.send(event.tenantId(), event.memberId(), NotificationType.PERK_PROMOTED, null,
                    List.of(event.perkTitle()), link(event.perkId()));
        } catch (RuntimeException e) {
            log.warn("promotion notice not created: tenant={} perk={} member={}", event.tenantId(), event.perkId(),
                    event.memberId(), e);
        }
        try {
            mail.seatConfirmed(event.tenantId(), event.memberId(), event.perkId(), event.perkTitle());
        } catch (RuntimeException e) {
            log.warn("promotion e-mail not sent: tenant={} perk={} member={}", event.tenantId(), event.perkId(),
                    event.memberId(), e);
        }
    }

    private void claimed(long tenantId, long perkId, long memberId) {
        try {
            engagement.record(tenantId, memberId, EngagementAction.CLAIMED_PERK, "perk:" + perkId, "");
        } catch (RuntimeException e) {
            log.warn("engagement not recorded: tenant={} perk={} member={}", tenantId, perkId, memberId, e);
        }
    }
}
