package app.ambassade.mail;

import java.time.Instant;

public record OutboxMessage(long id, Long tenantId, String to, String subject, String body, Instant createdAt) {

    /** What stands in the outbox copy for the secret part of a link (see {@link OutgoingMail#secrets()}). */
    public static final String HIDDEN = "…";

    public boolean hidesSecrets() {
        return body.contains(HIDDEN);
    }
}
