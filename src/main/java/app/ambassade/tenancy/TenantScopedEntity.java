package app.ambassade.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * The one place where {@code @TenantId} appears. Every tenant-owned entity extends this class, so
 * Hibernate adds {@code tenant_id = ?} to its reads, updates and deletes and sets it on insert.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }
}
