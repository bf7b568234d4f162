package app.ambassade.identity.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The security headers of every response: portal pages (Vaadin's included), login, public pages and
 * the widget. A response that knows better replaces a header with its own value: the public trust
 * page and its embed set a stricter Content-Security-Policy, public endpoints their Cache-Control.
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow needs: its bootstrap page has inline scripts and styles and it runs server-sent
     * JavaScript with {@code new Function} ('unsafe-eval'); images from Markdown may come from https
     * addresses; the portal frames only its own pages (the widget preview) and is framed only by them.
     */
    static final String PORTAL_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";

    /** No page here uses these; the clipboard (copy buttons) stays allowed. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** One year; brands live on sub-domains of the portal's host, hence includeSubDomains. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    private SecurityHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers, boolean httpsPortal) {
        if (httpsPortal) {
            // On every response, not only those that arrived over TLS: behind a proxy whose address is not
            // (yet) trusted a node sees plain http. Browsers ignore the header on an http response anyway.
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .includeSubDomains(true)
                    .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS));
        }
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin())
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Cache-Control alone, without Pragma and Expires, so that a public response that sets
                // its own Cache-Control (trust page, widget, label images) is left with no contradiction.
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store"))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Vaadin's pages are forwarded to its servlet and committed out of sight of the lazy
                        // writer, so they got none of these headers: write them before the request is served.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
