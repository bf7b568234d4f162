package app.ambassade.identity;

import app.ambassade.shared.security.Roles;

/** Roles a person can hold inside a tenant. Platform admins live outside tenants. */
public enum Role {
    BRAND_MANAGER(Roles.BRAND_MANAGER),
    AMBASSADOR(Roles.AMBASSADOR),
    MEMBER(Roles.MEMBER);

    private final String authority;

    Role(String name) {
        this.authority = "ROLE_" + name;
    }

    public String authority() {
        return authority;
    }
}
