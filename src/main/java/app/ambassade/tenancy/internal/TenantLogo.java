package app.ambassade.tenancy.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's logo bytes, kept apart from the tenant row. platform-wide: keyed by the tenant itself. */
@Entity
@Table(name = "tenant_logo")
public class TenantLogo {

    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TenantLogo() {}

    public TenantLogo(Long tenantId) {
        this.tenantId = tenantId;
    }

    public void replace(String contentType, byte[] content, String sha256, Instant now) {
        this.contentType = contentType;
        this.content = content;
        this.sha256 = sha256;
        this.updatedAt = now;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }
}
