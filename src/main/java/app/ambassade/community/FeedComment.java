package app.ambassade.community;

import java.time.Instant;

/** A comment under a post, with its author's name. */
public record FeedComment(
        long id,
        long postId,
        long authorId,
        String authorName,
        String body,
        boolean edited,
        boolean hidden,
        String hiddenReason,
        Instant createdAt,
        boolean mine) {}
