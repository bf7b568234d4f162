package app.ambassade.community.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded picture (cover or post image), stored in the database. */
@Entity
@Table(name = "community_image")
public class CommunityImage extends TenantScopedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CommunityImage() {}

    public CommunityImage(long communityId, String contentType, byte[] content, Instant now) {
        this.communityId = communityId;
        this.contentType = contentType;
        this.content = content;
        this.createdAt = now;
    }

    public long getCommunityId() {
        return communityId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }
}
