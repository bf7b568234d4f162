package app.ambassade.identity.security;

import app.ambassade.tenancy.TenantHosts;
import jakarta.servlet.ServletContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * When people reach the portal over https, the session cookie is always Secure. Tomcat would mark it
 * so only for requests it sees as secure, and behind a TLS proxy that depends on the proxy being
 * trusted; this does not.
 */
@Component
class SecureSessionCookie implements ServletContextInitializer {

    private final TenantHosts hosts;

    SecureSessionCookie(TenantHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (hosts.secure()) {
            servletContext.getSessionCookieConfig().setSecure(true);
        }
    }
}
