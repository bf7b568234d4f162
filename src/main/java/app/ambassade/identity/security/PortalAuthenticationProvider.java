package app.ambassade.identity.security;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Logs people in to the tenant named by the host they are on: the same e-mail on another
 * tenant's host is another account. The bare host logs platform admins in.
 */
@Component
class PortalAuthenticationProvider implements AuthenticationProvider {

    private final TenantHosts hosts;
    private final TenantService tenants;
    private final LoginService logins;

    PortalAuthenticationProvider(TenantHosts hosts, TenantService tenants, LoginService logins) {
        this.hosts = hosts;
        this.tenants = tenants;
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String host = authentication.getDetails() instanceof HostDetails details ? details.host() : null;
        Optional<String> slug = hosts.slugOf(host);
        AuthenticatedUser user;
        if (slug.isEmpty()) {
            user = logins.authenticatePlatformAdmin(email, password);
        } else {
            TenantSummary tenant = tenants.findBySlug(slug.get())
                    .orElseThrow(() -> new LoginRefusal(LoginRefusal.Reason.UNKNOWN_TENANT));
            user = TenantContext.callAs(tenant.id(), () -> logins.authenticateMember(tenant, email, password));
        }
        var token = new UsernamePasswordAuthenticationToken(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + user.role())));
        token.setDetails(authentication.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
