package app.ambassade.reassurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the public may see of a tenant's reviews: the rating summary, the latest approved reviews,
 * and how many reviews were refused under each published criterion (negative reviews are never
 * silently suppressed), and the brand's review procedure (how reviews are collected and moderated).
 */
public record PublicReviewSummary(
        double averageRating,
        long approvedCount,
        Map<Integer, Long> ratingDistribution,
        Map<String, Long> refusedByCriterion,
        List<PublicReview> latest,
        String procedureMarkdown) {

    /** An approved review as shown publicly; {@code source} is MEMBER, INVITED or IMPORTED. */
    public record PublicReview(
            long id,
            int rating,
            String title,
            String text,
            LocalDate experienceDate,
            String source,
            String authorName,
            Instant publishedAt,
            String brandReply,
            Instant brandReplyAt) {}
}
