package app.ambassade.community.internal;

import app.ambassade.community.MembershipStatus;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's membership of a community, or their pending request or invitation. */
@Entity
@Table(name = "community_member")
public class CommunityMember extends TenantScopedEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MembershipStatus status;

    @Column(name = "muted_until")
    private Instant mutedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    protected CommunityMember() {}

    public CommunityMember(long communityId, long memberId, MembershipStatus status, Instant now) {
        this.communityId = communityId;
        this.memberId = memberId;
        this.status = status;
        this.createdAt = now;
        if (status == MembershipStatus.ACTIVE) {
            this.joinedAt = now;
        }
    }

    public void activate(Instant now) {
        this.status = MembershipStatus.ACTIVE;
        this.joinedAt = now;
    }

    public void muteUntil(Instant until) {
        this.mutedUntil = until;
    }

    public boolean mutedAt(Instant now) {
        return mutedUntil != null && mutedUntil.isAfter(now);
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getMemberId() {
        return memberId;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public Instant getMutedUntil() {
        return mutedUntil;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
