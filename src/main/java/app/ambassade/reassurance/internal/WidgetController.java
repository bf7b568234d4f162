package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PolicyVersionRow;
import app.ambassade.reassurance.PublicReviewSummary;
import app.ambassade.reassurance.PublicTrust;
import app.ambassade.reassurance.TransparencyFactRow;
import app.ambassade.reassurance.TransparencyIcons;
import app.ambassade.reassurance.TrustLabelRow;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.BrandHost;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
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

    WidgetController(PublicTrustContent content, WidgetRateLimiter limiter, TenantHosts hosts, BrandHost brandHost,
                     TranslationProvider i18n) {
        this.content = content;
        this.limiter = limiter;
        this.hosts = hosts;
        this.brandHost = brandHost;
        this.i18n = i18n;
    }

    @GetMapping("/widget/{key}.json")
    ResponseEntity<String> widget(@PathVariable String key, @RequestParam(required = false) String lang,
                                  HttpServletRequest request) {
        Optional<TenantSummary> brand = brandHost.of(request);
        if (brand.isEmpty()) {
            return notFound();
        }
        OptionalLong wait = limiter.tryAcquire("widget:" + brand.get().id(), request.getRemoteAddr());
        if (wait.isPresent()) {
            return ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()))
                    .contentType(MediaType.APPLICATION_JSON).body("{\"error\":\"too many requests\"}");
        }
        return content.widget(brand.get(), key).map(widget -> {
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            boolean allowed = origin != null && widget.allowedOrigins().contains(origin);
            Locale locale = PublicTrustController.locale(request, lang, widget.trust().tenant().defaultLocale());
            String body = json(widget.trust(), locale);
            String etag = PublicTrustController.etag(body);
            boolean notModified = new ServletWebRequest(request).checkNotModified(etag);
            ResponseEntity.BodyBuilder response = notModified ? ResponseEntity.status(304) : ResponseEntity.ok();
            response.eTag(etag)
                    .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                    .varyBy(HttpHeaders.ORIGIN, HttpHeaders.ACCEPT_LANGUAGE)
                    .header("X-Content-Type-Options", "nosniff");
            if (allowed) {
                response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            }
            return notModified ? response.<String>build()
                    : response.contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8)).body(body);
        }).orElseGet(WidgetController::notFound);
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_JSON).body("{\"error\":\"not found\"}");
    }

    /** The widget JSON, written by hand: small, stable field order (so the ETag is stable), all strings escaped. */
    String json(PublicTrust trust, Locale locale) {
        Locale l = TranslationProvider.supported(locale);
        String base = hosts.tenantUrl(trust.tenant().slug());
        StringBuilder out = new StringBuilder(2048).append('{');
        field(out, "brand", trust.tenant().name()).append(',');
        field(out, "language", l.getLanguage()).append(',');
        field(out, "trustPage", base + "/trust?lang=" + l.getLanguage()).append(',');
        field(out, "heading", i18n.getTranslation("trust.widget.heading", l)).append(',');
        out.append("\"reviews\":");
        if (trust.reviews().isPresent()) {
            PublicReviewSummary summary = trust.reviews().get();
            out.append("{\"average\":").append(Math.round(summary.averageRating() * 10) / 10.0)
                    .append(",\"count\":").append(summary.approvedCount()).append(',');
            field(out, "summary", i18n.getTranslation("trust.public.rating-summary", l,
                    String.format(l, "%.1f", summary.averageRating()), summary.approvedCount())).append(",\"latest\":[");
            boolean first = true;
            for (PublicReviewSummary.PublicReview review : summary.latest()) {
                out.append(first ? "" : ",").append("{\"rating\":").append(review.rating()).append(',');
                field(out, "title", review.title()).append(',');
                field(out, "text", review.text()).append(',');
                field(out, "experienceDate", review.experienceDate() == null ? "" : review.experienceDate().toString())
                        .append(',');
                field(out, "source", i18n.getTranslation(PublicTrustPage.sourceKey(review.source()), l)).append('}');
                first = false;
            }
            out.append("]}");
        } else {
            out.append("null");
        }
        out.append(",\"labels\":[");
        boolean first = true;
        for (TrustLabelRow label : trust.labels()) {
            out.append(first ? "{" : ",{");
            field(out, "name", label.name()).append(',');
            field(out, "kind", label.kind().name()).append(',');
            field(out, "description", label.description()).append(',');
            field(out, "link", label.link()).append(',');
            field(out, "image", label.hasImage() ? base + "/trust/labels/" + label.id() + "/image?v=" + label.imageTag()
                    : null).append('}');
            first = false;
        }
        out.append("],\"facts\":[");
        first = true;
        for (TransparencyFactRow fact : trust.facts()) {
            out.append(first ? "{" : ",{");
            field(out, "kind", fact.kind().name()).append(',');
            field(out, "icon", TransparencyIcons.emoji(fact.icon())).append(',');
            field(out, "text", fact.text()).append('}');
            first = false;
        }
        out.append("],\"policies\":[");
        first = true;
        for (Map.Entry<PolicyType, PolicyVersionRow> policy : trust.policies().entrySet()) {
            out.append(first ? "{" : ",{");
            field(out, "type", policy.getKey().name()).append(',');
            field(out, "title", i18n.getTranslation(PublicTrustPage.policyKey(policy.getKey()), l)).append(',');
            out.append("\"version\":").append(policy.getValue().number()).append(',');
            field(out, "publishedAt", String.valueOf(policy.getValue().publishedAt())).append(',');
            field(out, "url", base + "/trust/policies/" + policy.getKey().slug() + "/versions/"
                    + policy.getValue().number() + "?lang=" + l.getLanguage()).append('}');
            first = false;
        }
        return out.append("]}").toString();
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":");
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
