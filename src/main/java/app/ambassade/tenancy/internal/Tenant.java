package app.ambassade.tenancy.internal;

import app.ambassade.tenancy.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A brand using the portal. platform-wide: the tenant table is the root of every tenant's data. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 63)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "default_locale", nullable = false, length = 8)
    private String defaultLocale;

    @Column(name = "brand_color", nullable = false, length = 7)
    private String brandColor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "suspension_reason", length = 500)
    private String suspensionReason;

    @Column(name = "logo_version", nullable = false)
    private long logoVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {}

    public Tenant(String slug, String name, String defaultLocale, String brandColor, Instant now) {
        this.slug = slug;
        this.name = name;
        this.defaultLocale = defaultLocale;
        this.brandColor = brandColor;
        this.createdAt = now;
    }

    public void rebrand(String name, String defaultLocale, String brandColor) {
        this.name = name;
        this.defaultLocale = defaultLocale;
        this.brandColor = brandColor;
    }

    public void suspend(String reason) {
        this.status = TenantStatus.SUSPENDED;
        this.suspensionReason = reason;
    }

    public void reactivate() {
        this.status = TenantStatus.ACTIVE;
        this.suspensionReason = null;
    }

    public void logoChanged() {
        this.logoVersion++;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public String getBrandColor() {
        return brandColor;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public long getLogoVersion() {
        return logoVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
