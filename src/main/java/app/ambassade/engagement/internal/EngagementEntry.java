package app.ambassade.engagement.internal;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the append-only engagement ledger: no setters and no updatable column, never deleted
 * by the application; the triple
 * (member, action, reference) is unique per tenant so that a replayed event counts once.
 */
@Entity
@Table(name = "engagement_entry")
public class EngagementEntry extends TenantScopedEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private EngagementAction action;

    @Column(nullable = false, updatable = false, length = 120)
    private String reference;

    @Column(nullable = false, updatable = false)
    private int points;

    @Column(nullable = false, updatable = false, length = 255)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected EngagementEntry() {}

    public EngagementEntry(
            long memberId, EngagementAction action, String reference, int points, String reason, Instant occurredAt) {
        this.memberId = memberId;
        this.action = action;
        this.reference = reference;
        this.points = points;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    public long getMemberId() {
        return memberId;
    }

    public EngagementAction getAction() {
        return action;
    }

    public String getReference() {
        return reference;
    }

    public int getPoints() {
        return points;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
