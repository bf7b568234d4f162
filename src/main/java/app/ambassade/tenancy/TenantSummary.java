package app.ambassade.tenancy;

import java.time.Instant;
import java.util.Locale;

/** Read model of a tenant: what views and other modules may know about it. */
public record TenantSummary(
        long id,
        String slug,
        String name,
        Locale defaultLocale,
        String brandColor,
        TenantStatus status,
        String suspensionReason,
        boolean hasLogo,
        long logoVersion,
        Instant createdAt) {

    /** Where browsers fetch the logo; the version makes a new logo bypass caches at once. */
    public String logoPath() {
        return "/branding/" + slug + "/logo?v=" + logoVersion;
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
