package app.ambassade.community;

/**
 * What happens in communities, published as Spring events after the change is saved. The
 * engagement ledger and the notifications listen to them; every event carries its tenant so that
 * listeners can work inside {@code TenantContext.runAs(tenantId, …)}.
 */
public sealed interface CommunityActivity {

    long tenantId();

    /** A person joined a community (open join, accepted request or accepted invitation). */
    record MemberJoined(long tenantId, long communityId, long memberId) implements CommunityActivity {}

    /** A manager accepted a person's request to join an invite-only community. */
    record JoinRequestAccepted(long tenantId, long communityId, long memberId) implements CommunityActivity {}

    record PostPublished(long tenantId, long communityId, long postId, long authorId) implements CommunityActivity {}

    /** Someone commented on a post; {@code postAuthorId} is who should hear about it. */
    record CommentAdded(long tenantId, long communityId, long postId, long commentId, long authorId, long postAuthorId)
            implements CommunityActivity {}

    /** Someone reacted to a post; {@code postAuthorId} receives the reaction. */
    record ReactionAdded(
            long tenantId, long communityId, long postId, long reactorId, long postAuthorId, String reaction)
            implements CommunityActivity {}

    /** A manager hid or restored a post or comment; the author is told why. {@code moderationId} names this decision. */
    record ContentModerated(
            long tenantId,
            long communityId,
            String contentType,
            long contentId,
            long authorId,
            boolean hidden,
            String reason,
            String moderationId)
            implements CommunityActivity {}
}
