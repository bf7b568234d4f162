package app.ambassade.community.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's reaction (a code of {@code Reaction}) to a post. */
@Entity
@Table(name = "community_reaction")
public class PostReaction extends TenantScopedEntity {

    @Column(name = "post_id", nullable = false, updatable = false)
    private long postId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PostReaction() {}

    public PostReaction(long postId, long memberId, String code, Instant now) {
        this.postId = postId;
        this.memberId = memberId;
        this.code = code;
        this.createdAt = now;
    }

    public long getPostId() {
        return postId;
    }

    public String getCode() {
        return code;
    }
}
