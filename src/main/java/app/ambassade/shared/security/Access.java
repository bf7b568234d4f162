package app.ambassade.shared.security;

/**
 * The method-security expressions of the portal, each written once and applied through its
 * annotation ({@link ManagerOnly}, {@link MemberOnly}, ...), never as a literal in a service.
 */
final class Access {

    static final String PLATFORM_ADMIN = "hasRole('" + Roles.PLATFORM_ADMIN + "')";
    static final String MANAGER = "hasRole('" + Roles.BRAND_MANAGER + "')";
    static final String BRAND_PERSON =
            "hasAnyRole('" + Roles.MEMBER + "','" + Roles.AMBASSADOR + "','" + Roles.BRAND_MANAGER + "')";
    static final String MEMBER = "hasAnyRole('" + Roles.MEMBER + "','" + Roles.AMBASSADOR + "')";
    static final String SIGNED_IN = "isAuthenticated()";

    private Access() {}
}
