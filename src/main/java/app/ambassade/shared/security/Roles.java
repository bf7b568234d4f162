package app.ambassade.shared.security;

/**
 * The four roles of the portal, as used in views' {@code @RolesAllowed} (Vaadin reads that annotation
 * itself, not meta-annotations). Services use the access annotations of this package instead.
 */
public final class Roles {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String BRAND_MANAGER = "BRAND_MANAGER";
    public static final String AMBASSADOR = "AMBASSADOR";
    public static final String MEMBER = "MEMBER";

    private Roles() {}
}
