package app.ambassade.mail;

/** A plain-text e-mail; {@code tenantId} is null for platform mail. */
public record OutgoingMail(Long tenantId, String to, String subject, String body) {
}
