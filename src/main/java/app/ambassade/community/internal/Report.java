package app.ambassade.community.internal;

import app.ambassade.community.ContentType;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's report of a post or comment, waiting in the moderation queue until a manager decides. */
@Entity
@Table(name = "community_report")
public class Report extends TenantScopedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 16, updatable = false)
    private ContentType contentType;

    @Column(name = "content_id", nullable = false, updatable = false)
    private long contentId;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private long reporterId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Report() {}

    public Report(
            long communityId, ContentType contentType, long contentId, long reporterId, String reason, Instant now) {
        this.communityId = communityId;
        this.contentType = contentType;
        this.contentId = contentId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = now;
    }

    public void resolve() {
        this.resolved = true;
    }

    public long getCommunityId() {
        return communityId;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public long getContentId() {
        return contentId;
    }

    public long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public boolean isResolved() {
        return resolved;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
