package app.ambassade.shell;

import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.persistence.DatabaseUnavailable;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outermost filter (before Spring Security): when a request fails because the database cannot be
 * reached, the answer is 503 with Retry-After, a short translated page (neutral branding: the
 * brand's own lives in the database) that reloads itself, or JSON for the public JSON addresses.
 * Without it, the failure went to a secured {@code /error} and people saw "access denied".
 * Vaadin's own requests get the same 503, which its client treats as "try again shortly".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private static final JsonMapper JSON = new JsonMapper();

    private final TranslationProvider i18n;
    private final TemplateEngine templates;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.EPOCH);

    DatabaseOutageFilter(TranslationProvider i18n, TemplateEngine templates) {
        this.i18n = i18n;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            logOnceInAWhile(request, failure);
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = i18n.getTranslation("error.unavailable.title", locale);
        String text = i18n.getTranslation("error.unavailable.text", locale);
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter()
                    .write(JSON.writeValueAsString(
                            new Unavailable("unavailable", text, DatabaseUnavailable.RETRY_AFTER_SECONDS)));
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.getWriter().write(page(locale, title, text, i18n.getTranslation("error.unavailable.retry", locale)));
    }

    record Unavailable(String error, String message, int retryAfterSeconds) {}

    String page(Locale locale, String title, String text, String retry) {
        StringOutput out = new StringOutput();
        templates.render(
                "shell/unavailable.jte",
                new UnavailablePage(locale.getLanguage(), title, text, retry, DatabaseUnavailable.RETRY_AFTER_SECONDS),
                out);
        return out.toString();
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return path.startsWith("/widget/")
                || path.startsWith("/api/")
                || path.startsWith("/actuator/")
                || (accept != null
                        && accept.contains(MediaType.APPLICATION_JSON_VALUE)
                        && !accept.contains("text/html"));
    }

    /** The first French or English language the browser accepts, else English. */
    private static Locale locale(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            for (Locale accepted : Collections.list(request.getLocales())) {
                if ("fr".equals(accepted.getLanguage()) || "en".equals(accepted.getLanguage())) {
                    return TranslationProvider.supported(accepted);
                }
            }
        }
        return TranslationProvider.ENGLISH;
    }

    private void logOnceInAWhile(HttpServletRequest request, Throwable failure) {
        Instant now = Instant.now();
        Instant last = lastLogged.get();
        if (now.isAfter(last.plus(LOG_EVERY)) && lastLogged.compareAndSet(last, now)) {
            log.warn(
                    "Database unavailable: answering 503 (first request: {} {}): {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootCause(failure));
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
