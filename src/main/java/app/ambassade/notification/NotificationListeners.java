package app.ambassade.notification;

import app.ambassade.community.CommunityActivity;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people what happened to their content and requests, once the change is committed. A failure
 * here is logged and never breaks the community action that was published.
 */
@Component
class NotificationListeners {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

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
            send(event.tenantId(), event.postAuthorId(), NotificationType.COMMENT_ON_POST,
                    event.authorId(), List.of(), communityLink(event.communityId()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.ReactionAdded event) {
        if (event.reactorId() != event.postAuthorId()) {
            send(event.tenantId(), event.postAuthorId(), NotificationType.REACTION_ON_POST,
                    event.reactorId(), List.of(event.reaction() == null ? "" : event.reaction()),
                    communityLink(event.communityId()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.ContentModerated event) {
        send(event.tenantId(), event.authorId(),
                event.hidden() ? NotificationType.CONTENT_HIDDEN : NotificationType.CONTENT_RESTORED, null,
                List.of(event.reason() == null ? "" : event.reason()), communityLink(event.communityId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CommunityActivity.JoinRequestAccepted event) {
        send(event.tenantId(), event.memberId(), NotificationType.JOIN_ACCEPTED, null,
                List.of(), communityLink(event.communityId()));
    }

    private void send(long tenantId, long recipientId, NotificationType type, Long actorId, List<String> params,
                      String link) {
        try {
            notifications.send(tenantId, recipientId, type, actorId, params, link);
        } catch (RuntimeException e) {
            log.warn("notification not created: tenant={} recipient={} type={}", tenantId, recipientId, type, e);
        }
    }
}
