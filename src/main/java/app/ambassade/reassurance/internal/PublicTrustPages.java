package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PolicyVersionRow;
import app.ambassade.reassurance.PublicReviewSummary;
import app.ambassade.reassurance.PublicTrust;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.text.SafeMarkdown;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantSummary;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Renders the public trust pages from the templates under {@code src/main/jte/trust} (precompiled,
 * HTML-escaped by default). The only HTML inserted as such comes from {@link SafeMarkdown}.
 */
@Component
class PublicTrustPages {

    private final TemplateEngine templates;
    private final TranslationProvider i18n;
    private final TenantHosts hosts;

    PublicTrustPages(TemplateEngine templates, TranslationProvider i18n, TenantHosts hosts) {
        this.templates = templates;
        this.i18n = i18n;
        this.hosts = hosts;
    }

    /** The whole trust page of a tenant. */
    String page(PublicTrust trust, Locale locale) {
        PageTexts t = new PageTexts(i18n, locale);
        String name = trust.tenant().name();
        PublicPage page = new PublicPage(
                t, t.t("trust.public.title", name), t.t("trust.public.description", name), trust.tenant(), "");
        List<TrustPageModel.Policy> policies = trust.policies().entrySet().stream()
                .map(e -> new TrustPageModel.Policy(
                        e.getKey(),
                        t.t(policyKey(e.getKey())),
                        published(t, e.getValue()),
                        SafeMarkdown.toHtml(e.getValue().body()),
                        trust.earlierVersions().getOrDefault(e.getKey(), List.of())))
                .toList();
        ReviewsModel reviews =
                trust.reviews().map(summary -> new ReviewsModel(t, summary)).orElse(null);
        return render("trust/page.jte", new TrustPageModel(page, trust, reviews, policies));
    }

    /** An earlier (or the current) published version of one policy. */
    String policyVersion(PublicTrust trust, PolicyVersionRow version, Locale locale) {
        PageTexts t = new PageTexts(i18n, locale);
        String name = trust.tenant().name();
        String typeName = t.t(policyKey(version.type()));
        PublicPage page = new PublicPage(
                t,
                t.t("trust.public.policy-title", typeName, version.number(), name),
                t.t("trust.public.description", name),
                trust.tenant(),
                "/policies/" + version.type().slug() + "/versions/" + version.number());
        return render(
                "trust/policy-version.jte",
                new PolicyVersionModel(page, typeName, published(t, version), SafeMarkdown.toHtml(version.body())));
    }

    /**
     * The 404 of a public address: in the brand's frame when the host names an active brand, else the
     * platform's page pointing to the portal.
     *
     * @param subPath the missing address below {@code /trust}, so the language switch stays on it
     */
    String notFound(Optional<TenantSummary> brand, Locale locale, String subPath) {
        PageTexts t = new PageTexts(i18n, locale);
        return brand.map(tenant -> render(
                        "trust/not-found.jte",
                        new PublicPage(
                                t,
                                t.t("trust.public.not-found.title") + " · " + tenant.name(),
                                t.t("trust.public.description", tenant.name()),
                                tenant,
                                subPath)))
                .orElseGet(() -> render("trust/unknown-address.jte", new UnknownAddressPage(t, hosts.platformUrl())));
    }

    String embed(String widgetKey, Locale locale) {
        return render("trust/embed.jte", new EmbedModel(new PageTexts(i18n, locale), widgetKey));
    }

    /** The reviews section alone. */
    String reviews(PublicReviewSummary summary, Locale locale) {
        return render("trust/reviews.jte", new ReviewsModel(new PageTexts(i18n, locale), summary));
    }

    private String render(String template, Object model) {
        StringOutput out = new StringOutput(8192);
        templates.render(template, model, out);
        return out.toString();
    }

    private static String published(PageTexts t, PolicyVersionRow version) {
        return t.t(
                "trust.public.version-published",
                version.number(),
                Formats.date(version.publishedAt(), t.locale(), ViewerZone.DEFAULT));
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
}
