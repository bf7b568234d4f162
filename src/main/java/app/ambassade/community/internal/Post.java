package app.ambassade.community.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A post in a community's feed. {@code pinOrder} is 1 for pinned posts, which come first. */
@Entity
@Table(name = "community_post")
public class Post extends TenantScopedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = 5000)
    private String body;

    @Column(name = "image_id")
    private Long imageId;

    @Column(name = "pin_order", nullable = false)
    private int pinOrder;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Post() {}

    public Post(long communityId, long authorId, String body, Long imageId, Instant now) {
        this.communityId = communityId;
        this.authorId = authorId;
        this.body = body;
        this.imageId = imageId;
        this.createdAt = now;
    }

    public void edit(String body, Instant now) {
        this.body = body;
        this.editedAt = now;
    }

    public void moderate(boolean hidden, String reason) {
        this.hidden = hidden;
        this.hiddenReason = reason;
    }

    public void setPinned(boolean pinned) {
        this.pinOrder = pinned ? 1 : 0;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Long getImageId() {
        return imageId;
    }

    public int getPinOrder() {
        return pinOrder;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
