package app.ambassade.identity;

import java.util.Locale;

/** Where and in which language to write to a person. */
public record MailRecipient(String email, Locale language) {}
