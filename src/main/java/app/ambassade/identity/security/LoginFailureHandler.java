package app.ambassade.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends the person back to the login page with a code the page turns into a clear message, and
 * counts the failure against the client address ({@link ClientLoginLimit}).
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

    private final LoginCounters counters;

    LoginFailureHandler(LoginCounters counters) {
        this.counters = counters;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = exception instanceof LoginRefusal refusal
                ? refusal.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')
                : "credentials";
        counters.clientFailed(request.getRemoteAddr());
        log.info("Login refused on host {}: {}", request.getServerName(), code);
        response.sendRedirect(request.getContextPath() + "/login?error=" + code);
    }
}
