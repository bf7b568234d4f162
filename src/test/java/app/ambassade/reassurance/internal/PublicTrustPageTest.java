package app.ambassade.reassurance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.reassurance.PublicReviewSummary;
import app.ambassade.reassurance.PublicReviewSummary.PublicReview;
import app.ambassade.shared.i18n.TranslationProvider;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reviews section of the public page, rendered from a summary value by the precompiled template (no Spring needed). */
class PublicTrustPageTest {

    private final PublicTrustPages pages = new PublicTrustPages(
            TemplateEngine.createPrecompiled(ContentType.Html),
            new TranslationProvider(),
            new app.ambassade.tenancy.TenantHosts("http://localhost:8080"));

    private static PublicReviewSummary summary() {
        return new PublicReviewSummary(
                4.25,
                12,
                Map.of(5, 7L, 4, 3L, 1, 2L),
                Map.of("OFF_TOPIC", 2L),
                List.of(new PublicReview(
                        1,
                        5,
                        "<b>Great</b> lamp",
                        "<script>alert('x')</script> Lovely light",
                        LocalDate.of(2026, 10, 2),
                        "INVITED",
                        "Lucas B.",
                        Instant.parse("2026-10-05T10:00:00Z"),
                        "Thank you <i>Lucas</i>!",
                        Instant.parse("2026-10-06T10:00:00Z"))),
                "We publish **every** review <script>x</script>");
    }

    @Test
    void theReviewsSectionShowsTheSummaryTheLatestReviewsWithDateAndSourceAndTheRefusals() {
        String html = pages.reviews(summary(), Locale.ENGLISH);
        assertThat(html)
                .contains(
                        "Customer reviews",
                        "4.3 out of 5 from 12 reviews",
                        "5 stars: 7",
                        "3 stars: 0",
                        "experience on Oct 2, 2026",
                        "invited customer",
                        "Lucas B.",
                        "Off topic: 2",
                        "1 star: 2",
                        "How we collect and moderate reviews",
                        "<strong>every</strong>",
                        "Reviews refused, by published criterion",
                        "The brand's reply");
    }

    @Test
    void aBrandWithoutPublishedReviewsSaysSoInsteadOfAZeroRating() {
        PublicReviewSummary none = new PublicReviewSummary(0, 0, Map.of(), Map.of(), List.of(), "");
        String html = pages.reviews(none, Locale.ENGLISH);
        assertThat(html).contains("No published reviews yet.").doesNotContain("out of 5");
    }

    @Test
    void reviewTextWithMarkupOrScriptIsShownAsText() {
        String html = pages.reviews(summary(), Locale.ENGLISH);
        assertThat(html)
                .doesNotContain("<script", "<b>Great", "<i>Lucas")
                .contains("&lt;script&gt;x&lt;/script&gt;")
                .contains("&lt;script&gt;", "&lt;b&gt;Great&lt;/b&gt; lamp", "Thank you &lt;i&gt;Lucas&lt;/i&gt;!");
    }

    @Test
    void theReviewsSectionSpeaksFrench() {
        String html = pages.reviews(summary(), Locale.FRENCH);
        assertThat(html).contains("Avis clients", "4,3 sur 5 d’après 12 avis", "client invité", "Avis refusés");
    }
}
