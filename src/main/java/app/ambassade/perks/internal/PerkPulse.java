package app.ambassade.perks.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one-question satisfaction pulse (1 to 5) sent to an attendee after an event, and the answer. */
@Entity
@Table(name = "perk_pulse")
public class PerkPulse extends TenantScopedEntity {

    @Column(name = "perk_id", nullable = false, updatable = false)
    private long perkId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    private Integer score;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected PerkPulse() {}

    public PerkPulse(long perkId, long memberId, Instant sentAt) {
        this.perkId = perkId;
        this.memberId = memberId;
        this.sentAt = sentAt;
    }

    public void answer(int score, Instant now) {
        this.score = score;
        this.answeredAt = now;
    }

    public long getPerkId() {
        return perkId;
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Integer getScore() {
        return score;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
