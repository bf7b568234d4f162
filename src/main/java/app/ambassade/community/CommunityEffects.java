package app.ambassade.community;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationType;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What community activity causes elsewhere, once it is committed: engagement points and notices. Each
 * listener is durable (its publication is stored and retried until it completes) and idempotent (every
 * effect is keyed on what caused it), so a crash never loses an effect and a retry never doubles one.
 */
@Component
class CommunityEffects {

    private final EngagementService engagement;
    private final NotificationService notifications;

    CommunityEffects(EngagementService engagement, NotificationService notifications) {
        this.engagement = engagement;
        this.notifications = notifications;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommunityActivity.MemberJoined event) {
        engagement.record(
                event.tenantId(),
                event.memberId(),
                EngagementAction.JOINED_COMMUNITY,
                "community:" + event.communityId(),
                "");
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommunityActivity.PostPublished event) {
        engagement.record(event.tenantId(), event.authorId(), EngagementAction.POSTED, "post:" + event.postId(), "");
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommunityActivity.ReactionAdded event) {
        if (event.reactorId() == event.postAuthorId()) {
            return;
        }
        String origin = "post:" + event.postId() + ":by:" + event.reactorId();
        engagement.record(event.tenantId(), event.postAuthorId(), EngagementAction.RECEIVED_REACTION, origin, "");
        notifications.send(
                event.tenantId(),
                event.postAuthorId(),
                NotificationType.REACTION_ON_POST,
                event.reactorId(),
                List.of(event.reaction() == null ? "" : event.reaction()),
                CommunityTarget.of(event.communityId()),
                "reaction:" + origin + ":" + event.reaction());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommunityActivity.CommentAdded event) {
        if (event.authorId() != event.postAuthorId()) {
            notifications.send(
                    event.tenantId(),
                    event.postAuthorId(),
                    NotificationType.COMMENT_ON_POST,
                    event.authorId(),
                    List.of(),
                    CommunityTarget.of(event.communityId()),
                    "comment:" + event.commentId());
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommunityActivity.ContentModerated event) {
        notifications.send(
                event.tenantId(),
                event.authorId(),
                event.hidden() ? NotificationType.CONTENT_HIDDEN : NotificationType.CONTENT_RESTORED,
                null,
                List.of(event.reason() == null ? "" : event.reason()),
                CommunityTarget.of(event.communityId()),
                "moderation:" + event.moderationId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CommunityActivity.JoinRequestAccepted event) {
        notifications.send(
                event.tenantId(),
                event.memberId(),
                NotificationType.JOIN_ACCEPTED,
                null,
                List.of(),
                CommunityTarget.of(event.communityId()),
                "join-accepted:" + event.communityId());
    }
}
