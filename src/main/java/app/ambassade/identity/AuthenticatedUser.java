package app.ambassade.identity;

import app.ambassade.tenancy.TenantPrincipal;
import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in. For people of a brand it carries the tenant, which is the only source of the
 * tenant in the portal; for the platform admin {@code tenantId} is null.
 */
public record AuthenticatedUser(
        long accountId,
        Long tenantId,
        String tenantSlug,
        String email,
        String displayName,
        String role,
        long securityStamp)
        implements TenantPrincipal, AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return email;
    }

    public boolean platformAdmin() {
        return tenantId == null;
    }

    public static Optional<AuthenticatedUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static AuthenticatedUser require() {
        return current().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
