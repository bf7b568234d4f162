package app.ambassade.notification;

import java.util.regex.Pattern;

/**
 * What a notification leads to, named by a kind and an id ({@code community} 42) rather than by a
 * path: the feature that owns the kind turns it into an address when the notice is opened, so a
 * renamed route never breaks a stored notice, and the reader's rights are checked at that moment.
 */
public record NotificationTarget(String kind, long id) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public NotificationTarget {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("not a target kind: " + kind);
        }
        if (id <= 0) {
            throw new IllegalArgumentException("not a target id: " + id);
        }
    }
}
