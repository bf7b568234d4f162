package app.ambassade.notification.ui;

import app.ambassade.notification.NotificationItem;
import app.ambassade.notification.NotificationType;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;

/** Writes a notification's sentence in the reader's language from its type and parameters. */
final class NotificationTexts {

    private NotificationTexts() {}

    static String key(NotificationType type) {
        return switch (type) {
            case COMMENT_ON_POST -> "notification.text.comment";
            case REACTION_ON_POST -> "notification.text.reaction";
            case CONTENT_HIDDEN -> "notification.text.hidden";
            case CONTENT_RESTORED -> "notification.text.restored";
            case JOIN_ACCEPTED -> "notification.text.join-accepted";
            case PERK_PROMOTED -> "notification.text.perk-promoted";
            case PERK_EVENT_REMINDER -> "notification.text.perk-reminder";
            case PERK_EVENT_THANKS -> "notification.text.perk-thanks";
            case PERK_PULSE -> "notification.text.perk-pulse";
            case PERK_SELECTED -> "notification.text.perk-selected";
            case PERK_NOT_SELECTED -> "notification.text.perk-not-selected";
        };
    }

    /** {0} is the actor's name (or "someone"), then the stored parameters. */
    static String text(Component reader, NotificationItem item, String actorName) {
        List<Object> params = new ArrayList<>();
        params.add(actorName == null ? reader.getTranslation("notification.someone") : actorName);
        params.addAll(item.params());
        return reader.getTranslation(key(item.type()), params.toArray());
    }
}
