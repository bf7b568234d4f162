package app.ambassade.community;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns community activity into engagement points, once the change is committed, in the tenant
 * carried by the event. References make each event count once even when it is delivered again.
 */
@Component
class EngagementListeners {

    private final EngagementService engagement;

    EngagementListeners(EngagementService engagement) {
        this.engagement = engagement;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.MemberJoined event) {
        engagement.record(event.tenantId(), event.memberId(), EngagementAction.JOINED_COMMUNITY,
                "community:" + event.communityId(), "");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.PostPublished event) {
        engagement.record(event.tenantId(), event.authorId(), EngagementAction.POSTED,
                "post:" + event.postId(), "");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.ReactionAdded event) {
        if (event.reactorId() == event.postAuthorId()) {
            return;
        }
        engagement.record(event.tenantId(), event.postAuthorId(), EngagementAction.RECEIVED_REACTION,
                "post:" + event.postId() + ":by:" + event.reactorId(), "");
    }
}
