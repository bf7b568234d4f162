package app.ambassade.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short localized confirmations and errors. */
public final class Notifications {

    private Notifications() {}

    public static void success(Component view, String key, Object... params) {
        show(view.getTranslation(key, params), NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(Component view, String key, Object... params) {
        show(view.getTranslation(key, params), NotificationVariant.LUMO_ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification notification = new Notification(text, 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
