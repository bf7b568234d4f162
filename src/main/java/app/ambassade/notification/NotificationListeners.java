package app.ambassade.notification;

import app.ambassade.community.CommunityActivity;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells people what happened to their content and requests, once the change is committed. */
@Component
class NotificationListeners {

    private final NotificationService notifications;

    NotificationListeners(NotificationService notifications) {
        this.notifications = notifications;
    }

    static String communityLink(long communityId) {
        return "communities/" + communityId;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.CommentAdded event) {
        if (event.authorId() != event.postAuthorId()) {
            notifications.send(event.tenantId(), event.postAuthorId(), NotificationType.COMMENT_ON_POST,
                    event.authorId(), List.of(), communityLink(event.communityId()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.ReactionAdded event) {
        if (event.reactorId() != event.postAuthorId()) {
            notifications.send(event.tenantId(), event.postAuthorId(), NotificationType.REACTION_ON_POST,
                    event.reactorId(), List.of(event.reaction() == null ? "" : event.reaction()),
                    communityLink(event.communityId()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.ContentModerated event) {
        notifications.send(event.tenantId(), event.authorId(),
                event.hidden() ? NotificationType.CONTENT_HIDDEN : NotificationType.CONTENT_RESTORED, null,
                List.of(event.reason() == null ? "" : event.reason()), communityLink(event.communityId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.JoinRequestAccepted event) {
        notifications.send(event.tenantId(), event.memberId(), NotificationType.JOIN_ACCEPTED, null,
                List.of(), communityLink(event.communityId()));
    }
}
