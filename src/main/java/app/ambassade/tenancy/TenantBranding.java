package app.ambassade.tenancy;

import java.util.Locale;

/** The editable identity of a tenant: what a brand manager or the platform admin may change. */
public record TenantBranding(String name, Locale defaultLocale, String brandColor) {
}
