package app.ambassade.notification.internal;

import app.ambassade.notification.NotificationTarget;
import app.ambassade.notification.NotificationType;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification for one person: its type and parameters, not a rendered sentence. */
@Entity
@Table(name = "notification")
public class NotificationEntry extends TenantScopedEntity {

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private NotificationType type;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    /** Parameters joined by a unit separator (U+001F), which user text cannot contain once cleaned. */
    @Column(nullable = false, updatable = false, length = 1000)
    private String params;

    /** With {@code targetId}, what the notice leads to; the old {@code link} column is no longer read. */
    @Column(name = "target_kind", updatable = false, length = 40)
    private String targetKind;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(updatable = false, length = 160)
    private String origin;

    @Column(name = "read_flag", nullable = false)
    private boolean read;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NotificationEntry() {}

    public NotificationEntry(
            long recipientId,
            NotificationType type,
            Long actorId,
            String params,
            NotificationTarget target,
            String origin,
            Instant createdAt) {
        this.origin = origin;
        this.recipientId = recipientId;
        this.type = type;
        this.actorId = actorId;
        this.params = params;
        this.targetKind = target == null ? null : target.kind();
        this.targetId = target == null ? null : target.id();
        this.createdAt = createdAt;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationType getType() {
        return type;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getParams() {
        return params;
    }

    public NotificationTarget getTarget() {
        return targetKind == null || targetId == null ? null : new NotificationTarget(targetKind, targetId);
    }

    public boolean isRead() {
        return read;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getOrigin() {
        return origin;
    }
}
