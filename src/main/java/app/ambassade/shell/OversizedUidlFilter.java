package app.ambassade.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin refuses a UI request bigger than {@code vaadin.maxRequestBodySize} with 413, and its
 * browser client treats every status but 401 as "the server is briefly away": it sends the same
 * request again every few seconds, forever (a 10 MB paste wedged the page). Here that 413 becomes
 * Vaadin's "refresh" answer instead: the page reloads once, without the oversized text. Text
 * inputs carry the server's maximum length, so this only happens to requests a browser does not
 * normally send.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 60)
class OversizedUidlFilter extends OncePerRequestFilter {

    /** Vaadin's client reloads the page when an answer that is not UIDL contains this token. */
    static final String REFRESH = "Vaadin-Refresh";

    private static final Logger log = LoggerFactory.getLogger(OversizedUidlFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The query string only: reading parameters here would parse (and size-check) a form body.
        String query = request.getQueryString();
        return query == null || !("&" + query + "&").contains("&v-r=uidl&");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                if (!refreshInstead(status)) {
                    super.sendError(status, message);
                }
            }

            @Override
            public void sendError(int status) throws IOException {
                if (!refreshInstead(status)) {
                    super.sendError(status);
                }
            }

            private boolean refreshInstead(int status) throws IOException {
                if (status != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE || isCommitted()) {
                    return false;
                }
                log.info(
                        "Refused an oversized UI request ({} bytes announced); the page is asked to reload",
                        request.getContentLengthLong());
                resetBuffer();
                setStatus(HttpServletResponse.SC_OK);
                setContentType(MediaType.TEXT_PLAIN_VALUE);
                getWriter().write(REFRESH);
                return true;
            }
        });
    }
}
