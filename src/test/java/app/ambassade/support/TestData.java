package app.ambassade.support;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shared.security.Roles;
import app.ambassade.tenancy.TenantBranding;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Creates tenants and people for tests, and signs test users in. */
@Component
public class TestData {

    public static final String PASSWORD = "correct-horse-42";

    private final TenantService tenants;
    private final AccountProvisioning provisioning;

    public TestData(TenantService tenants, AccountProvisioning provisioning) {
        this.tenants = tenants;
        this.provisioning = provisioning;
    }

    public TenantSummary tenant(String namePrefix) {
        String slug = namePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return asPlatformAdmin(() -> tenants.create(slug, new TenantBranding(namePrefix, Locale.FRENCH, "#123456")));
    }

    public AuthenticatedUser person(TenantSummary tenant, Role role, String email) {
        long id = asPlatformAdmin(() ->
                provisioning.createActiveAccount(tenant.id(), email, "Test " + role, role, PASSWORD, Locale.ENGLISH));
        return new AuthenticatedUser(id, tenant.id(), tenant.slug(), email, "Test " + role, role.name(), 1);
    }

    public AuthenticatedUser platformAdmin(String email) {
        provisioning.ensurePlatformAdmin(email, "Platform " + email, PASSWORD, Locale.ENGLISH);
        return new AuthenticatedUser(0, null, null, email, "Platform", Roles.PLATFORM_ADMIN, 0);
    }

    public static void signIn(AuthenticatedUser user) {
        var token = new UsernamePasswordAuthenticationToken(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + user.role())));
        SecurityContextHolder.getContext().setAuthentication(token);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static <T> T asPlatformAdmin(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "test-admin", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.PLATFORM_ADMIN))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
