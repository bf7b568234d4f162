package app.ambassade.reassurance.internal;

import app.ambassade.tenancy.BrandHost;
import app.ambassade.tenancy.TenantSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The 404 answer of the public pages, as HTML from the template engine: branded when the host names an
 * active brand, the platform's otherwise (a suspended brand gets the platform's, so nothing tells it
 * exists). Stateless like the pages themselves: no session, not cached by proxies.
 */
@Component
class PublicNotFound {

    private final PublicTrustPages pages;
    private final BrandHost brandHost;

    PublicNotFound(PublicTrustPages pages, BrandHost brandHost) {
        this.pages = pages;
        this.brandHost = brandHost;
    }

    ResponseEntity<String> response(HttpServletRequest request) {
        return response(request, brandHost.of(request));
    }

    ResponseEntity<String> response(HttpServletRequest request, Optional<TenantSummary> brand) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", PublicTrustController.PAGE_POLICY)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(body(request, brand));
    }

    /** The same answer written straight to the response, for filters that stop the request. */
    void write(HttpServletRequest request, HttpServletResponse response, Optional<TenantSummary> brand)
            throws IOException {
        ResponseEntity<String> entity = response(request, brand);
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.getOutputStream().write(entity.getBody().getBytes(StandardCharsets.UTF_8));
    }

    private String body(HttpServletRequest request, Optional<TenantSummary> brand) {
        Locale fallback = brand.map(TenantSummary::defaultLocale).orElse(Locale.ENGLISH);
        Locale locale = PublicTrustController.locale(request, request.getParameter("lang"), fallback);
        return pages.notFound(brand, locale, subPath(request));
    }

    /** The address below {@code /trust}, for the language links; anything else links to the page itself. */
    static String subPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path != null && path.startsWith("/trust/") && path.length() <= 300
                ? path.substring("/trust".length())
                : "";
    }
}
