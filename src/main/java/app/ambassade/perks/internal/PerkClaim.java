package app.ambassade.perks.internal;

import app.ambassade.perks.Attendance;
import app.ambassade.perks.ClaimStatus;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's claim on a perk, one row per person and perk (a unique key). {@code turn} orders the
 * waitlist. Status changes that compete with other people go through the conditional updates of
 * {@link PerkClaimRepository}; the setters here are for changes only the brand team makes.
 */
@Entity
@Table(name = "perk_claim")
public class PerkClaim extends TenantScopedEntity {

    @Column(name = "perk_id", nullable = false, updatable = false)
    private long perkId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimStatus status;

    @Column(length = 1000)
    private String motivation;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Attendance attendance;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    /**
     * When the claim's place was decided, as the perk's n-th decision: given under the perk's row lock, so
     * turns follow the order in which claims really took or queued for a place.
     */
    @Column(name = "turn")
    private Long turn;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private Long checkedInBy;

    @Column(name = "thanked_at")
    private Instant thankedAt;

    protected PerkClaim() {}

    public PerkClaim(long perkId, long memberId, ClaimStatus status, String motivation, Instant now) {
        this(perkId, memberId, status, motivation, now, null);
    }

    public PerkClaim(long perkId, long memberId, ClaimStatus status, String motivation, Instant now, Long turn) {
        this.turn = turn;
        this.perkId = perkId;
        this.memberId = memberId;
        this.status = status;
        this.motivation = motivation;
        this.claimedAt = now;
        this.queuedAt = now;
    }

    public void setStatus(ClaimStatus status, Instant now) {
        this.status = status;
        this.decidedAt = now;
    }

    public void requeue(ClaimStatus status, String motivation, Instant now, long turn) {
        this.turn = turn;
        this.status = status;
        this.motivation = motivation;
        this.claimedAt = now;
        this.queuedAt = now;
        this.decidedAt = null;
        this.attendance = null;
        this.checkedInAt = null;
        this.checkedInBy = null;
    }

    public void checkIn(long by, Instant now) {
        this.attendance = Attendance.ATTENDED;
        this.checkedInAt = now;
        this.checkedInBy = by;
    }

    public void undoCheckIn() {
        this.attendance = null;
        this.checkedInAt = null;
        this.checkedInBy = null;
    }

    public void markNoShow() {
        this.attendance = Attendance.NO_SHOW;
    }

    public void thanked(Instant now) {
        this.thankedAt = now;
    }

    public long getPerkId() {
        return perkId;
    }

    public long getMemberId() {
        return memberId;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getMotivation() {
        return motivation;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Long getTurn() {
        return turn;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Long getCheckedInBy() {
        return checkedInBy;
    }

    public Instant getThankedAt() {
        return thankedAt;
    }
}
