package app.ambassade.shared.audit;

import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Published by any module when a sensitive action happens; the audit module records it once (a
 * retried delivery carries the same {@code eventId}). The actor is taken from the security context
 * when the action is created, since the audit line is written later, on another thread.
 * {@code tenantId} is null for platform-level actions.
 */
public record AuditableAction(
        String eventId, Long tenantId, String actor, String action, String target, String details) {

    public AuditableAction {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(action, "action");
        actor = actor == null ? "system" : actor;
        target = target == null ? "" : target;
        details = details == null ? "" : details;
    }

    public static AuditableAction platform(String action, String target, String details) {
        return new AuditableAction(UUID.randomUUID().toString(), null, currentActor(), action, target, details);
    }

    public static AuditableAction tenant(long tenantId, String action, String target, String details) {
        return new AuditableAction(UUID.randomUUID().toString(), tenantId, currentActor(), action, target, details);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
