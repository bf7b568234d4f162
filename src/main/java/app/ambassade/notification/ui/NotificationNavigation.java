package app.ambassade.notification.ui;

import com.vaadin.flow.component.UI;

/** Where the notifications screen lives: reached here, never by a typed path. */
final class NotificationNavigation {

    private NotificationNavigation() {}

    static void navigateToNotifications() {
        UI.getCurrent().navigate(NotificationsView.class);
    }
}
