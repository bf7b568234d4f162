package app.ambassade.identity.security;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.tenancy.TenantHosts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in person: the host must be their tenant's, and their account and
 * tenant must still allow the session (password unchanged, not deactivated, tenant not
 * suspended). Otherwise the session ends. Also puts tenant and user in the log context.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionValidityFilter.class);

    private final TenantHosts hosts;
    private final SessionChecks checks;

    SessionValidityFilter(TenantHosts hosts, SessionChecks checks) {
        this.hosts = hosts;
        this.checks = checks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AuthenticatedUser> user = AuthenticatedUser.current();
        try {
            if (user.isPresent()) {
                AuthenticatedUser u = user.get();
                MDC.put("tenant", u.tenantSlug() == null ? "platform" : u.tenantSlug());
                MDC.put("user", String.valueOf(u.accountId()));
                String hostSlug = hosts.slugOf(request.getServerName()).orElse(null);
                if (!Objects.equals(hostSlug, u.tenantSlug()) || !checks.stillValid(u)) {
                    log.info("Ending session: host or account no longer matches");
                    SecurityContextHolder.clearContext();
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                }
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove("tenant");
            MDC.remove("user");
        }
    }
}
