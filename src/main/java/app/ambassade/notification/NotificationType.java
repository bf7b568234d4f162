package app.ambassade.notification;

/** What a notification is about; each type has its text in the notification bundle. */
public enum NotificationType {
    COMMENT_ON_POST,
    REACTION_ON_POST,
    CONTENT_HIDDEN,
    CONTENT_RESTORED,
    JOIN_ACCEPTED,
    PERK_PROMOTED,
    PERK_EVENT_REMINDER,
    PERK_EVENT_THANKS,
    PERK_PULSE,
    PERK_SELECTED,
    PERK_NOT_SELECTED
}
