package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PolicyType;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a policy: at most one draft per type (not published), then published versions. */
@Entity
@Table(name = "policy_version")
public class PolicyVersion extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_type")
    private PolicyType type;

    @Column(name = "version_number")
    private int number;

    private String body;
    private boolean published;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected PolicyVersion() {}

    public PolicyVersion(PolicyType type, int number, String body, Instant now) {
        this.type = type;
        this.number = number;
        this.body = body;
        this.updatedAt = now;
    }

    public void edit(String body, Instant now) {
        if (published) {
            throw new IllegalStateException("A published version is never edited");
        }
        this.body = body;
        this.updatedAt = now;
    }

    public void publish(String by, Instant now) {
        this.published = true;
        this.publishedAt = now;
        this.publishedBy = by;
        this.updatedAt = now;
    }

    public PolicyType getType() {
        return type;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
