package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PublicTrust;
import app.ambassade.reassurance.TransparencyIcons;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.BrandHost;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embeddable widget's data: the published reassurance content of the tenant the key belongs
 * to, as JSON, cacheable (ETag), readable cross-origin only by the origins the brand listed, and
 * rate-limited per brand and client address. The key answers only on its own brand's host
 * ({@link BrandHost}): elsewhere it is as unknown as a made-up key.
 */
@RestController
class WidgetController {

    private final PublicTrustContent content;
    private final WidgetRateLimiter limiter;
    private final TenantHosts hosts;
    private final BrandHost brandHost;
    private final TranslationProvider i18n;
    private final ObjectWriter json;
    private final RenderedAnswers rendered;

    WidgetController(
            PublicTrustContent content,
            WidgetRateLimiter limiter,
            TenantHosts hosts,
            BrandHost brandHost,
            TranslationProvider i18n,
            JsonMapper jsonMapper,
            RenderedAnswers rendered) {
        this.content = content;
        this.limiter = limiter;
        this.hosts = hosts;
        this.brandHost = brandHost;
        this.i18n = i18n;
        this.json = jsonMapper.writer().with(new HtmlSafeJson());
        this.rendered = rendered;
    }

    @GetMapping("/widget/{key}.json")
    ResponseEntity<String> widget(
            @PathVariable String key, @RequestParam(required = false) String lang, HttpServletRequest request) {
        Optional<TenantSummary> brand = brandHost.of(request);
        if (brand.isEmpty()) {
            return notFound();
        }
        OptionalLong wait = limiter.tryAcquire("widget:" + brand.get().id(), request.getRemoteAddr());
        if (wait.isPresent()) {
            return ResponseEntity.status(429)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(new WidgetJson.Error("too many requests")));
        }
        return content.widget(brand.get(), key)
                .map(widget -> {
                    String origin = request.getHeader(HttpHeaders.ORIGIN);
                    boolean allowed = origin != null && widget.allowedOrigins().contains(origin);
                    Locale locale = PublicTrustController.locale(
                            request, lang, widget.trust().tenant().defaultLocale());
                    RenderedAnswers.Rendered answer = rendered.of(
                            widget.trust(),
                            "widget:" + TranslationProvider.supported(locale).getLanguage(),
                            () -> json(widget.trust(), locale));
                    String body = answer.body();
                    String etag = answer.etag();
                    boolean notModified = new ServletWebRequest(request).checkNotModified(etag);
                    ResponseEntity.BodyBuilder response =
                            notModified ? ResponseEntity.status(304) : ResponseEntity.ok();
                    response.eTag(etag)
                            .cacheControl(
                                    CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                            .varyBy(HttpHeaders.ORIGIN, HttpHeaders.ACCEPT_LANGUAGE)
                            .header("X-Content-Type-Options", "nosniff");
                    if (allowed) {
                        response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                    }
                    return notModified
                            ? response.<String>build()
                            : response.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                                    .body(body);
                })
                .orElseGet(this::notFound);
    }

    /** Any other address under /widget: answered here, so that Vaadin never answers (nor opens a session). */
    @GetMapping("/widget/**")
    ResponseEntity<String> elsewhere() {
        return notFound();
    }

    private ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(new WidgetJson.Error("not found")));
    }

    /** The widget data of a brand, in one language. */
    String json(PublicTrust trust, Locale locale) {
        Locale l = TranslationProvider.supported(locale);
        String lang = l.getLanguage();
        String base = hosts.tenantUrl(trust.tenant().slug());
        WidgetJson.Reviews reviews = trust.reviews()
                .map(summary -> new WidgetJson.Reviews(
                        Math.round(summary.averageRating() * 10) / 10.0,
                        summary.approvedCount(),
                        i18n.getTranslation(
                                "trust.public.rating-summary",
                                l,
                                String.format(l, "%.1f", summary.averageRating()),
                                summary.approvedCount()),
                        summary.latest().stream()
                                .map(review -> new WidgetJson.Review(
                                        review.rating(),
                                        review.title(),
                                        review.text(),
                                        review.experienceDate() == null
                                                ? ""
                                                : review.experienceDate().toString(),
                                        i18n.getTranslation(PublicTrustPages.sourceKey(review.source()), l)))
                                .toList()))
                .orElse(null);
        List<WidgetJson.Label> labels = trust.labels().stream()
                .map(label -> new WidgetJson.Label(
                        label.name(),
                        label.kind().name(),
                        label.description(),
                        label.link(),
                        label.hasImage()
                                ? base + "/trust/labels/" + label.id() + "/image?v=" + label.imageTag()
                                : null))
                .toList();
        List<WidgetJson.Fact> facts = trust.facts().stream()
                .map(fact -> new WidgetJson.Fact(fact.kind().name(), TransparencyIcons.emoji(fact.icon()), fact.text()))
                .toList();
        List<WidgetJson.Policy> policies = trust.policies().entrySet().stream()
                .map(policy -> new WidgetJson.Policy(
                        policy.getKey().name(),
                        i18n.getTranslation(PublicTrustPages.policyKey(policy.getKey()), l),
                        policy.getValue().number(),
                        String.valueOf(policy.getValue().publishedAt()),
                        base + "/trust/policies/" + policy.getKey().slug() + "/versions/"
                                + policy.getValue().number() + "?lang=" + lang))
                .toList();
        return json.writeValueAsString(new WidgetJson(
                trust.tenant().name(),
                lang,
                base + "/trust?lang=" + lang,
                i18n.getTranslation("trust.widget.heading", l),
                reviews,
                labels,
                facts,
                policies));
    }
}
