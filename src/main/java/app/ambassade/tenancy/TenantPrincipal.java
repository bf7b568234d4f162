package app.ambassade.tenancy;

/** Implemented by authenticated principals that belong to a tenant (null for platform admins). */
public interface TenantPrincipal {

    Long tenantId();
}
