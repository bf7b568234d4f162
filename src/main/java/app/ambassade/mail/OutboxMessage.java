package app.ambassade.mail;

import java.time.Instant;

public record OutboxMessage(long id, Long tenantId, String to, String subject, String body, Instant createdAt) {
}
