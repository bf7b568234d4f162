package app.ambassade.shared.audit;

import java.util.Objects;

/**
 * Published by any module when a sensitive action happens; the audit module records it with the
 * acting user taken from the security context. {@code tenantId} is null for platform-level actions.
 */
public record AuditableAction(Long tenantId, String action, String target, String details) {

    public AuditableAction {
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        details = details == null ? "" : details;
    }

    public static AuditableAction platform(String action, String target, String details) {
        return new AuditableAction(null, action, target, details);
    }

    public static AuditableAction tenant(long tenantId, String action, String target, String details) {
        return new AuditableAction(tenantId, action, target, details);
    }
}
