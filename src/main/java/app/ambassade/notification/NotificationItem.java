package app.ambassade.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as shown to its recipient: {@code actorId} (may be null) is the person whose
 * name goes in the text, {@code params} the other values of the text, {@code target} what it leads
 * to (null when nowhere).
 */
public record NotificationItem(
        long id,
        NotificationType type,
        Long actorId,
        List<String> params,
        NotificationTarget target,
        boolean read,
        Instant createdAt) {}
