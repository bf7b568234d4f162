package app.ambassade.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where the current tenant comes from: an explicit {@link #callAs} scope (background work,
 * public pages resolved from the URL, audited platform operations), otherwise the authenticated
 * principal. With neither, there is no tenant and tenant-scoped queries match nothing.
 */
public final class TenantContext {

    /** Used by Hibernate when there is no tenant: no row has it, so nothing is read or written. */
    public static final long NO_TENANT = -1L;

    private static final ThreadLocal<Long> SCOPED = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<Long> currentTenantId() {
        Long scoped = SCOPED.get();
        if (scoped != null) {
            return Optional.of(scoped);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return Optional.ofNullable(principal.tenantId());
        }
        return Optional.empty();
    }

    public static long requireTenantId() {
        return currentTenantId().orElseThrow(() -> new IllegalStateException("No tenant in context"));
    }

    /**
     * Runs work as the given tenant. Must be called outside any open transaction: Hibernate fixes
     * a session's tenant when the session opens.
     */
    public static <T> T callAs(long tenantId, Supplier<T> work) {
        Long previous = SCOPED.get();
        SCOPED.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(previous);
            }
        }
    }

    public static void runAs(long tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
