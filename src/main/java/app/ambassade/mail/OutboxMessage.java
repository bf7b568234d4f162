package app.ambassade.mail;

import java.time.Instant;
import java.util.regex.Pattern;

public record OutboxMessage(long id, Long tenantId, String to, String subject, String body, Instant createdAt) {

    /** What stands in the outbox copy for the secret part of a link (see {@link OutgoingMail#secrets()}). */
    public static final String HIDDEN = "…";

    private static final Pattern HIDDEN_LINK = Pattern.compile("https?://\\S*/" + HIDDEN);

    /** True when a link of this mail lost its secret in the copy (an ellipsis in the text alone does not count). */
    public boolean hidesSecrets() {
        return HIDDEN_LINK.matcher(body).find();
    }
}
