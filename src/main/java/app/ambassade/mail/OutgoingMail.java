package app.ambassade.mail;

import java.util.List;

/**
 * A plain-text e-mail; {@code tenantId} is null for platform mail. {@code secrets} are the parts of
 * the body that give access to an account (the token of an invitation, confirmation or reset
 * link): they go to the addressee only, never into the outbox copy.
 */
public record OutgoingMail(Long tenantId, String to, String subject, String body, List<String> secrets) {

    public OutgoingMail {
        secrets = List.copyOf(secrets);
    }

    public OutgoingMail(Long tenantId, String to, String subject, String body) {
        this(tenantId, to, subject, body, List.of());
    }
}
