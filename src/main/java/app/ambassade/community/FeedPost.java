package app.ambassade.community;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A post as shown in a feed, with its author's name, counts and the viewer's own reactions. */
public record FeedPost(
        long id,
        long communityId,
        long authorId,
        String authorName,
        String body,
        boolean hasImage,
        boolean pinned,
        boolean edited,
        boolean hidden,
        String hiddenReason,
        Instant createdAt,
        long comments,
        Map<Reaction, Long> reactions,
        Set<Reaction> myReactions,
        boolean mine) {}
