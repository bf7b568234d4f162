package app.ambassade.audit.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sensitive action inside a tenant: who, when, what, on what. Append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantScopedEntity {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(nullable = false, updatable = false, length = 254)
    private String target;

    @Column(nullable = false, updatable = false, length = 1000)
    private String details;

    @Column(name = "event_id", updatable = false, length = 36)
    private String eventId;

    protected AuditEntry() {}

    public AuditEntry(String eventId, Instant occurredAt, String actor, String action, String target, String details) {
        this.eventId = eventId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.details = details;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }
}
