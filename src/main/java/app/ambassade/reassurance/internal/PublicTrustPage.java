package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.FaqRow;
import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PolicyVersionRow;
import app.ambassade.reassurance.PublicReviewSummary;
import app.ambassade.reassurance.PublicTrust;
import app.ambassade.reassurance.TransparencyFactRow;
import app.ambassade.reassurance.TransparencyIcons;
import app.ambassade.reassurance.TrustLabelRow;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.text.SafeMarkdown;
import app.ambassade.shared.ui.ViewerZone;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-side HTML of the public trust page. Every text written by the brand or its customers is
 * escaped; the only HTML inserted as such comes from {@link SafeMarkdown} (policies, FAQ answers).
 */
final class PublicTrustPage {

    private final TranslationProvider i18n;
    private final Locale locale;
    private final StringBuilder html = new StringBuilder(8192);

    PublicTrustPage(TranslationProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = TranslationProvider.supported(locale);
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String t(String key, Object... params) {
        return escape(i18n.getTranslation(key, locale, params));
    }

    /** The whole trust page of a tenant. */
    String page(PublicTrust trust) {
        String name = escape(trust.tenant().name());
        open(i18n.getTranslation("trust.public.title", locale, trust.tenant().name()),
                i18n.getTranslation("trust.public.description", locale, trust.tenant().name()), trust, "");
        html.append("<main id=\"main\" class=\"wrap\">");
        html.append("<h1>").append(t("trust.public.heading", trust.tenant().name())).append("</h1>");
        html.append("<p class=\"lead\">").append(t("trust.public.intro", trust.tenant().name())).append("</p>");
        trust.reviews().ifPresent(summary -> html.append(reviews(i18n, locale, summary)));
        labels(trust.labels());
        facts(trust.facts());
        policies(trust);
        faq(trust.faq());
        if (trust.reviews().isEmpty() && trust.labels().isEmpty() && trust.facts().isEmpty()
                && trust.policies().isEmpty() && trust.faq().isEmpty()) {
            html.append("<p>").append(t("trust.public.empty", trust.tenant().name())).append("</p>");
        }
        html.append("</main>");
        close(name);
        return html.toString();
    }

    /** An earlier (or the current) published version of one policy. */
    String policyVersion(PublicTrust trust, PolicyVersionRow version) {
        String typeName = i18n.getTranslation(policyKey(version.type()), locale);
        open(i18n.getTranslation("trust.public.policy-title", locale, typeName, version.number(), trust.tenant().name()),
                i18n.getTranslation("trust.public.description", locale, trust.tenant().name()), trust,
                "/policies/" + version.type().slug() + "/versions/" + version.number());
        html.append("<main id=\"main\" class=\"wrap\">");
        html.append("<p><a href=\"/trust").append(langQuery("?")).append("\">").append(t("trust.public.back"))
                .append("</a></p>");
        html.append("<h1>").append(escape(typeName)).append("</h1>");
        html.append("<p class=\"meta\">").append(t("trust.public.version-published", version.number(),
                date(version))).append("</p>");
        html.append("<div class=\"markdown\">").append(SafeMarkdown.toHtml(version.body())).append("</div>");
        html.append("</main>");
        close(escape(trust.tenant().name()));
        return html.toString();
    }

    /** The reviews section: rating summary, latest approved reviews, refusals by criterion. */
    static String reviews(TranslationProvider i18n, Locale locale, PublicReviewSummary summary) {
        Locale l = TranslationProvider.supported(locale);
        StringBuilder out = new StringBuilder();
        out.append("<section aria-labelledby=\"reviews-h\"><h2 id=\"reviews-h\">")
                .append(escape(i18n.getTranslation("trust.public.reviews", l))).append("</h2>");
        if (summary.approvedCount() == 0) {
            out.append("<p>").append(escape(i18n.getTranslation("trust.public.no-reviews", l))).append("</p>");
        } else {
            String average = String.format(l, "%.1f", summary.averageRating());
            out.append("<p class=\"rating\"><span class=\"stars\" aria-hidden=\"true\">")
                    .append(stars((int) Math.round(summary.averageRating()))).append("</span> ")
                    .append(escape(i18n.getTranslation("trust.public.rating-summary", l, average,
                            summary.approvedCount())))
                    .append("</p>");
            out.append("<ul class=\"distribution\">");
            for (int stars = 5; stars >= 1; stars--) {
                long count = summary.ratingDistribution() == null ? 0 : summary.ratingDistribution().getOrDefault(stars, 0L);
                out.append("<li>").append(escape(i18n.getTranslation("trust.public.distribution-line", l, stars, count)))
                        .append("</li>");
            }
            out.append("</ul>");
        }
        if (summary.latest() != null && !summary.latest().isEmpty()) {
            out.append("<h3>").append(escape(i18n.getTranslation("trust.public.latest-reviews", l))).append("</h3>");
            out.append("<ul class=\"cards\">");
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l);
            for (PublicReviewSummary.PublicReview review : summary.latest()) {
                out.append("<li class=\"card\"><p class=\"stars\" aria-label=\"")
                        .append(escape(i18n.getTranslation("trust.public.stars", l, review.rating()))).append("\">")
                        .append(stars(review.rating())).append("</p>");
                out.append("<h4>").append(escape(review.title())).append("</h4>");
                out.append("<p>").append(escape(review.text())).append("</p>");
                out.append("<p class=\"meta\">").append(escape(i18n.getTranslation("trust.public.review-meta", l,
                        review.authorName() == null ? "" : review.authorName(),
                        review.experienceDate() == null ? "" : dates.format(review.experienceDate()),
                        i18n.getTranslation(sourceKey(review.source()), l)))).append("</p>");
                if (review.brandReply() != null && !review.brandReply().isBlank()) {
                    out.append("<blockquote><p class=\"meta\">")
                            .append(escape(i18n.getTranslation("trust.public.brand-reply", l))).append("</p><p>")
                            .append(escape(review.brandReply())).append("</p></blockquote>");
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        if (summary.refusedByCriterion() != null && !summary.refusedByCriterion().isEmpty()) {
            out.append("<h3>").append(escape(i18n.getTranslation("trust.public.refused", l))).append("</h3><ul>");
            for (Map.Entry<String, Long> refused : summary.refusedByCriterion().entrySet()) {
                out.append("<li>").append(escape(i18n.getTranslation("trust.public.refused-line", l,
                        criterion(i18n, l, refused.getKey()), refused.getValue()))).append("</li>");
            }
            out.append("</ul>");
        }
        if (summary.procedureMarkdown() != null && !summary.procedureMarkdown().isBlank()) {
            out.append("<details class=\"procedure\"><summary>")
                    .append(escape(i18n.getTranslation("trust.public.procedure", l))).append("</summary>")
                    .append(SafeMarkdown.toHtml(summary.procedureMarkdown())).append("</details>");
        }
        out.append("</section>");
        return out.toString();
    }

    /** A refusal criterion in words (its published name), or as recorded when it is unknown. */
    private static String criterion(TranslationProvider i18n, Locale locale, String code) {
        String key = "reviews.criterion." + code;
        return i18n.keys(locale).containsKey(key) ? i18n.getTranslation(key, locale) : code;
    }

    static String sourceKey(String source) {
        return switch (source == null ? "" : source) {
            case "INVITED" -> "trust.public.source.invited";
            case "IMPORTED" -> "trust.public.source.imported";
            default -> "trust.public.source.member";
        };
    }

    static String policyKey(PolicyType type) {
        return switch (type) {
            case RETURN -> "trust.policy.return";
            case DELIVERY -> "trust.policy.delivery";
            case PRIVACY -> "trust.policy.privacy";
        };
    }

    private static String stars(int rating) {
        int r = Math.max(0, Math.min(5, rating));
        return "\u2605".repeat(r) + "\u2606".repeat(5 - r);
    }

    private void labels(List<TrustLabelRow> labels) {
        if (labels.isEmpty()) {
            return;
        }
        html.append("<section aria-labelledby=\"labels-h\"><h2 id=\"labels-h\">").append(t("trust.public.labels"))
                .append("</h2><ul class=\"cards\">");
        for (TrustLabelRow label : labels) {
            html.append("<li class=\"card label\">");
            if (label.hasImage()) {
                html.append("<img src=\"/trust/labels/").append(label.id()).append("/image?v=").append(label.imageTag())
                        .append("\" alt=\"").append(escape(label.name())).append("\" width=\"64\" height=\"64\">");
            }
            html.append("<div><h3>");
            if (label.link() != null) {
                html.append("<a href=\"").append(escape(label.link()))
                        .append("\" rel=\"noopener noreferrer nofollow\">").append(escape(label.name())).append("</a>");
            } else {
                html.append(escape(label.name()));
            }
            html.append("</h3>");
            if (label.description() != null) {
                html.append("<p>").append(escape(label.description())).append("</p>");
            }
            html.append("</div></li>");
        }
        html.append("</ul></section>");
    }

    private void facts(List<TransparencyFactRow> facts) {
        if (facts.isEmpty()) {
            return;
        }
        html.append("<section aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">").append(t("trust.public.facts"))
                .append("</h2><ul class=\"facts\">");
        for (TransparencyFactRow fact : facts) {
            html.append("<li><span class=\"icon\" aria-hidden=\"true\">").append(TransparencyIcons.emoji(fact.icon()))
                    .append("</span> <span>").append(escape(fact.text())).append("</span></li>");
        }
        html.append("</ul></section>");
    }

    private void policies(PublicTrust trust) {
        if (trust.policies().isEmpty()) {
            return;
        }
        html.append("<section aria-labelledby=\"policies-h\"><h2 id=\"policies-h\">").append(t("trust.public.policies"))
                .append("</h2>");
        for (Map.Entry<PolicyType, PolicyVersionRow> entry : trust.policies().entrySet()) {
            PolicyVersionRow version = entry.getValue();
            html.append("<details class=\"policy\"").append(entry.getKey() == PolicyType.RETURN ? " open" : "")
                    .append("><summary><h3 class=\"inline\">").append(t(policyKey(entry.getKey()))).append("</h3></summary>");
            html.append("<p class=\"meta\">").append(t("trust.public.version-published", version.number(), date(version)))
                    .append("</p>");
            html.append("<div class=\"markdown\">").append(SafeMarkdown.toHtml(version.body())).append("</div>");
            List<Integer> earlier = trust.earlierVersions().getOrDefault(entry.getKey(), List.of());
            if (!earlier.isEmpty()) {
                html.append("<p class=\"meta\">").append(t("trust.public.earlier-versions")).append(' ');
                for (int i = 0; i < earlier.size(); i++) {
                    int n = earlier.get(i);
                    html.append(i == 0 ? "" : ", ").append("<a href=\"/trust/policies/").append(entry.getKey().slug())
                            .append("/versions/").append(n).append(langQuery("?")).append("\">")
                            .append(t("trust.public.version-link", n)).append("</a>");
                }
                html.append("</p>");
            }
            html.append("</details>");
        }
        html.append("</section>");
    }

    private void faq(List<FaqRow> faq) {
        if (faq.isEmpty()) {
            return;
        }
        html.append("<section aria-labelledby=\"faq-h\"><h2 id=\"faq-h\">").append(t("trust.public.faq")).append("</h2>");
        String category = null;
        for (FaqRow entry : faq) {
            if (!entry.category().equals(category)) {
                category = entry.category();
                html.append("<h3>").append(escape(category)).append("</h3>");
            }
            html.append("<details class=\"faq\"><summary>").append(escape(entry.question())).append("</summary>")
                    .append("<div class=\"markdown\">").append(SafeMarkdown.toHtml(entry.answer())).append("</div></details>");
        }
        html.append("</section>");
    }

    private String date(PolicyVersionRow version) {
        return Formats.date(version.publishedAt(), locale, ViewerZone.DEFAULT);
    }

    private String langQuery(String sep) {
        return sep + "lang=" + locale.getLanguage();
    }

    private void open(String title, String description, PublicTrust trust, String subPath) {
        String color = trust.tenant().brandColor();
        String contrast = contrast(color);
        html.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<meta name=\"description\" content=\"").append(escape(description)).append("\">")
                .append("<style>").append(css(color, contrast)).append("</style></head><body>")
                .append("<a class=\"skip\" href=\"#main\">").append(t("trust.public.skip")).append("</a>")
                .append("<header class=\"top\"><div class=\"wrap bar\">");
        if (trust.tenant().hasLogo()) {
            html.append("<img src=\"").append(escape(trust.tenant().logoPath())).append("\" alt=\"\" width=\"40\" height=\"40\">");
        }
        html.append("<span class=\"brand\">").append(escape(trust.tenant().name())).append("</span>")
                .append("<nav aria-label=\"").append(t("trust.public.language")).append("\" class=\"lang\">");
        for (Locale other : TranslationProvider.LOCALES) {
            String code = other.getLanguage();
            String label = escape(i18n.getTranslation("language." + code, locale));
            if (other.equals(locale)) {
                html.append("<span aria-current=\"true\" lang=\"").append(code).append("\">").append(label).append("</span>");
            } else {
                html.append("<a href=\"/trust").append(subPath).append("?lang=").append(code).append("\" lang=\"")
                        .append(code).append("\" hreflang=\"").append(code).append("\">").append(label).append("</a>");
            }
        }
        html.append("</nav></div></header>");
    }

    private void close(String name) {
        html.append("<footer class=\"wrap foot\"><p>").append(t("trust.public.footer", name)).append("</p></footer>")
                .append("</body></html>");
    }

    static String contrast(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        double lum = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        return lum > 0.179 ? "#000000" : "#ffffff";
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String css(String color, String contrast) {
        return ":root{--brand:" + color + ";--on-brand:" + contrast + "}"
                + "*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
                + "line-height:1.5;color:#1b1b1f;background:#f7f7f8}"
                + ".wrap{max-width:48rem;margin:0 auto;padding:0 1rem}"
                + ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:9}"
                + ".top{background:var(--brand);color:var(--on-brand)}"
                + ".bar{display:flex;align-items:center;gap:.75rem;min-height:3.5rem}"
                + ".bar img{border-radius:6px;background:#fff;object-fit:contain}"
                + ".brand{font-weight:700;flex:1}.lang{display:flex;gap:.75rem}"
                + ".lang a{color:var(--on-brand)}.lang span{font-weight:700;text-decoration:underline}"
                + "h1{font-size:1.6rem;margin:1.25rem 0 .25rem}h2{font-size:1.25rem;margin:1.75rem 0 .5rem}"
                + "h3{font-size:1.05rem;margin:.25rem 0}h4{margin:.25rem 0}.inline{display:inline}"
                + ".lead,.meta{color:#4a4a55}.meta{font-size:.9rem}"
                + "a{color:#0b4fa8}section{background:#fff;border-radius:12px;padding:1rem;margin:1rem 0;"
                + "box-shadow:0 1px 2px rgba(0,0,0,.08)}"
                + "ul.cards,ul.facts,ul.distribution{list-style:none;padding:0;margin:0}"
                + ".card{border-top:1px solid #e4e4e8;padding:.75rem 0;display:flex;gap:.75rem;flex-direction:column}"
                + ".card.label{flex-direction:row;align-items:flex-start}.card img{object-fit:contain;flex:none}"
                + ".facts li{padding:.4rem 0;display:flex;gap:.5rem}.icon{font-size:1.25rem}"
                + ".stars{color:#8a5a00;letter-spacing:2px;margin:0}.rating{font-size:1.1rem}"
                + "details{border-top:1px solid #e4e4e8;padding:.5rem 0}summary{cursor:pointer;font-weight:600;min-height:2rem}"
                + "blockquote{margin:.5rem 0 0;padding-left:.75rem;border-left:3px solid var(--brand)}"
                + ".foot{padding:1.5rem 1rem;color:#4a4a55;font-size:.9rem}";
    }
}
