package app.ambassade.community;

import java.time.Instant;

/** A recent post across the viewer's communities, for the home page. */
public record RecentPost(
        long id, long communityId, String communityName, String authorName, String body, Instant createdAt) {}
