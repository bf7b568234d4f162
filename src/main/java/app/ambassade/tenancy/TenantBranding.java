package app.ambassade.tenancy;

import java.util.Locale;

/** The editable identity of a tenant: what a brand manager or the platform admin may change. */
public record TenantBranding(String name, Locale defaultLocale, String brandColor) {

    /** A short, readable line for audit logs. */
    public String describe() {
        return "name=" + name + ", language=" + (defaultLocale == null ? "" : defaultLocale.getLanguage()) + ", colour="
                + brandColor;
    }
}
