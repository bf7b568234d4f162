package app.ambassade.community;

import java.time.Instant;

/** A line of the moderation queue: the report, the reported text and its author, and whether it is hidden. */
public record ReportRow(
        long id,
        long communityId,
        String communityName,
        ContentType contentType,
        long contentId,
        long authorId,
        String authorName,
        String reporterName,
        String excerpt,
        String reason,
        boolean hidden,
        boolean resolved,
        Instant createdAt) {}
