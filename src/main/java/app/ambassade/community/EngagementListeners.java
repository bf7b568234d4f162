package app.ambassade.community;

import app.ambassade.reassurance.ReviewApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns community activity into engagement points, once the change is committed, in the tenant
 * carried by the event. References make each event count once even when it is delivered again.
 * A failure here is logged and never undoes nor breaks the community action that was published.
 */
@Component
class EngagementListeners {

    private static final Logger log = LoggerFactory.getLogger(EngagementListeners.class);

    private final EngagementService engagement;

    EngagementListeners(EngagementService engagement) {
        this.engagement = engagement;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.MemberJoined event) {
        record(event.tenantId(), event.memberId(), EngagementAction.JOINED_COMMUNITY,
                "community:" + event.communityId(), "");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.PostPublished event) {
        record(event.tenantId(), event.authorId(), EngagementAction.POSTED,
                "post:" + event.postId(), "");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.ReactionAdded event) {
        if (event.reactorId() == event.postAuthorId()) {
            return;
        }
        record(event.tenantId(), event.postAuthorId(), EngagementAction.RECEIVED_REACTION,
                "post:" + event.postId() + ":by:" + event.reactorId(), "");
    }

    /** Reviews are another module's; an approved review earns its author points like community activity. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReviewApproved event) {
        record(event.tenantId(), event.authorId(), EngagementAction.REVIEW_APPROVED, "review:" + event.reviewId(), "");
    }

    private void record(long tenantId, long memberId, EngagementAction action, String reference, String reason) {
        try {
            engagement.record(tenantId, memberId, action, reference, reason);
        } catch (RuntimeException e) {
            log.warn("engagement not recorded: tenant={} member={} action={} reference={}", tenantId, memberId,
                    action, reference, e);
        }
    }
}
