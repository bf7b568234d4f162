package app.ambassade.community.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment under a post. */
@Entity
@Table(name = "community_comment")
public class Comment extends TenantScopedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "post_id", nullable = false, updatable = false)
    private long postId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = 1000)
    private String body;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Comment() {}

    public Comment(long communityId, long postId, long authorId, String body, Instant now) {
        this.communityId = communityId;
        this.postId = postId;
        this.authorId = authorId;
        this.body = body;
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

    public long getCommunityId() {
        return communityId;
    }

    public long getPostId() {
        return postId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
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
