package app.ambassade.tenancy;

public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
