package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PolicyType;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.BrandHost;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
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
 * The public trust page of the tenant named by the host ({@code maison-lumiere.localhost:8080/trust}):
 * plain, stateless server-side HTML, with an ETag so browsers and proxies revalidate cheaply. The
 * language comes from {@code ?lang=fr|en}, else from Accept-Language, else the brand's default.
 */
@RestController
class PublicTrustController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' https: data:; "
            + "style-src 'unsafe-inline'; script-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final BrandHost brandHost;
    private final PublicTrustContent content;
    private final PublicTrustPages pages;
    private final RenderedAnswers rendered;
    private final PublicNotFound notFound;

    PublicTrustController(
            BrandHost brandHost,
            PublicTrustContent content,
            PublicTrustPages pages,
            RenderedAnswers rendered,
            PublicNotFound notFound) {
        this.brandHost = brandHost;
        this.content = content;
        this.pages = pages;
        this.rendered = rendered;
        this.notFound = notFound;
    }

    @GetMapping("/trust")
    ResponseEntity<String> page(HttpServletRequest request, @RequestParam(required = false) String lang) {
        return brandHost
                .of(request)
                .map(content::published)
                .map(trust -> {
                    Locale locale = locale(request, lang, trust.tenant().defaultLocale());
                    return html(
                            request,
                            rendered.of(trust, "page:" + locale.getLanguage(), () -> pages.page(trust, locale)));
                })
                .orElseGet(() -> notFound.response(request));
    }

    @GetMapping("/trust/policies/{type}/versions/{number}")
    ResponseEntity<String> policyVersion(
            HttpServletRequest request,
            @PathVariable String type,
            @PathVariable int number,
            @RequestParam(required = false) String lang) {
        Optional<PolicyType> policyType = PolicyType.ofSlug(type);
        if (policyType.isEmpty()) {
            return notFound.response(request);
        }
        return brandHost
                .of(request)
                .map(content::published)
                .flatMap(trust -> content.publishedVersion(trust.tenant(), policyType.get(), number)
                        .map(version -> html(
                                request,
                                pages.policyVersion(
                                        trust,
                                        version,
                                        locale(request, lang, trust.tenant().defaultLocale())))))
                .orElseGet(() -> notFound.response(request));
    }

    @GetMapping("/trust/labels/{id}/image")
    ResponseEntity<byte[]> labelImage(HttpServletRequest request, @PathVariable long id) {
        return brandHost
                .of(request)
                .flatMap(brand -> content.labelImage(brand, id))
                .map(image -> {
                    String etag = "\"" + image.sha256() + "\"";
                    if (new ServletWebRequest(request).checkNotModified(etag)) {
                        return ResponseEntity.status(304)
                                .eTag(etag)
                                .cacheControl(CACHE)
                                .<byte[]>build();
                    }
                    return ResponseEntity.ok()
                            .eTag(etag)
                            .cacheControl(
                                    CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                            .header("X-Content-Type-Options", "nosniff")
                            .contentType(MediaType.parseMediaType(image.contentType()))
                            .body(image.content());
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A page that embeds the widget exactly as a shop would: the portal's live preview shows it in a frame. */
    @GetMapping("/trust/embed")
    ResponseEntity<String> embed(HttpServletRequest request, @RequestParam(required = false) String lang) {
        return brandHost
                .of(request)
                .flatMap(tenant -> content.widgetKey(tenant).map(key -> {
                    String body = pages.embed(key, locale(request, lang, tenant.defaultLocale()));
                    return ResponseEntity.ok()
                            .cacheControl(CacheControl.noCache())
                            .header(
                                    "Content-Security-Policy",
                                    "default-src 'self'; img-src 'self' https: data:; "
                                            + "style-src 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'")
                            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                            .body(body);
                }))
                .orElseGet(() -> notFound.response(request));
    }

    /** Any other address under /trust: the public 404 here, so that Vaadin never answers (nor opens a session). */
    @GetMapping("/trust/**")
    ResponseEntity<String> elsewhere(HttpServletRequest request) {
        return notFound.response(request);
    }

    /** {@code ?lang} wins, then the first French or English language the browser accepts, then the brand's. */
    static Locale locale(HttpServletRequest request, String lang, Locale fallback) {
        if ("fr".equals(lang) || "en".equals(lang)) {
            return Locale.of(lang);
        }
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            for (Locale accepted : Collections.list(request.getLocales())) {
                if ("fr".equals(accepted.getLanguage()) || "en".equals(accepted.getLanguage())) {
                    return Locale.of(accepted.getLanguage());
                }
            }
        }
        return TranslationProvider.supported(fallback);
    }

    private static ResponseEntity<String> html(HttpServletRequest request, String body) {
        return html(request, new RenderedAnswers.Rendered(body, etag(body)));
    }

    private static ResponseEntity<String> html(HttpServletRequest request, RenderedAnswers.Rendered page) {
        String etag = page.etag();
        String body = page.body();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            return ResponseEntity.status(304)
                    .eTag(etag)
                    .cacheControl(CACHE)
                    .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                    .build();
        }
        return ok.eTag(etag)
                .cacheControl(CACHE)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", PAGE_POLICY)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(body);
    }

    static String etag(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
