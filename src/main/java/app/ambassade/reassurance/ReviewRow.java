package app.ambassade.reassurance;

import java.time.Instant;
import java.time.LocalDate;

/** A review as the author or a brand manager sees it, with its moderation outcome and reply. */
public record ReviewRow(
        long id,
        int rating,
        String title,
        String text,
        LocalDate experienceDate,
        ReviewSource source,
        String authorName,
        ReviewStatus status,
        Instant submittedAt,
        Instant moderatedAt,
        ReviewRefusalCriterion refusalCriterion,
        String refusalReason,
        String reply,
        Instant replyAt) {}
