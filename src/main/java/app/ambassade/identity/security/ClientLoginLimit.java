package app.ambassade.identity.security;

import app.ambassade.shared.i18n.TranslationProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses login attempts from a client address that failed too often across accounts in the last
 * minute (password spraying: a few guesses on each of many accounts locks none of them), with 429,
 * Retry-After and a short text in the visitor's language, before any password is checked. The
 * failures are counted by {@link LoginFailureHandler}. The client address is the connection's own
 * for now: behind a proxy every visitor shares the proxy's address, so the limit must then read the
 * trusted forwarded address instead.
 */
class ClientLoginLimit extends OncePerRequestFilter {

    private final LoginCounters counters;
    private final TranslationProvider i18n;
    private final int maxPerMinute;

    ClientLoginLimit(LoginCounters counters, TranslationProvider i18n, int maxPerMinute) {
        this.counters = counters;
        this.i18n = i18n;
        this.maxPerMinute = maxPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = counters.clientWait(request.getRemoteAddr(), maxPerMinute);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(i18n.getTranslation("login.too-many", request.getLocale(), wait));
    }
}
