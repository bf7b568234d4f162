package app.ambassade.community.internal;

import app.ambassade.community.Visibility;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A community of the brand's members. */
@Entity
@Table(name = "community")
public class Community extends TenantScopedEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "cover_image_id")
    private Long coverImageId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Community() {}

    public Community(String name, String description, Visibility visibility, long createdBy, Instant now) {
        this.name = name;
        this.description = description;
        this.visibility = visibility;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void edit(String name, String description, Visibility visibility) {
        this.name = name;
        this.description = description;
        this.visibility = visibility;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public void setCoverImageId(Long coverImageId) {
        this.coverImageId = coverImageId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public boolean isArchived() {
        return archived;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
