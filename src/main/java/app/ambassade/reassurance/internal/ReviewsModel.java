package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PublicReviewSummary;
import app.ambassade.reassurance.PublicReviewSummary.PublicReview;
import app.ambassade.shared.text.SafeMarkdown;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.IntStream;

/** The reviews section of the trust page: rating summary, latest approved reviews, refusals by criterion. */
public record ReviewsModel(PageTexts texts, PublicReviewSummary summary) {

    public String ratingSummary() {
        return texts.t(
                "trust.public.rating-summary",
                String.format(texts.locale(), "%.1f", summary.averageRating()),
                summary.approvedCount());
    }

    /** One line per star count, five to one, zeros included. */
    public List<String> distribution() {
        return IntStream.iterate(5, stars -> stars >= 1, stars -> stars - 1)
                .mapToObj(stars -> texts.t(
                        "trust.public.distribution-line",
                        stars,
                        summary.ratingDistribution() == null
                                ? 0L
                                : summary.ratingDistribution().getOrDefault(stars, 0L)))
                .toList();
    }

    public List<PublicReview> latest() {
        return summary.latest() == null ? List.of() : summary.latest();
    }

    public String meta(PublicReview review) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
        return texts.t(
                "trust.public.review-meta",
                review.authorName() == null ? "" : review.authorName(),
                review.experienceDate() == null ? "" : dates.format(review.experienceDate()),
                texts.t(PublicTrustPages.sourceKey(review.source())));
    }

    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** Refusals in words: a criterion's published name, or its code as recorded when it is unknown. */
    public List<String> refused() {
        if (summary.refusedByCriterion() == null) {
            return List.of();
        }
        return summary.refusedByCriterion().entrySet().stream()
                .map(refused -> {
                    String key = "reviews.criterion." + refused.getKey();
                    String name = texts.i18n().keys(texts.locale()).containsKey(key) ? texts.t(key) : refused.getKey();
                    return texts.t("trust.public.refused-line", name, refused.getValue());
                })
                .toList();
    }

    /** Sanitized HTML of the brand's review procedure. */
    public String procedureHtml() {
        return SafeMarkdown.toHtml(summary.procedureMarkdown());
    }

    public static String stars(double rating) {
        int r = Math.max(0, Math.min(5, (int) Math.round(rating)));
        return "\u2605".repeat(r) + "\u2606".repeat(5 - r);
    }
}
