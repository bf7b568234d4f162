package app.ambassade.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An action of the platform operator. platform-wide: it concerns tenants, not data inside one. */
@Entity
@Table(name = "platform_audit_entry")
public class PlatformAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected PlatformAuditEntry() {}

    public PlatformAuditEntry(
            String eventId, Instant occurredAt, String actor, String action, String target, String details) {
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
