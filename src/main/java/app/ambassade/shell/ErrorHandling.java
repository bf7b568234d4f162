package app.ambassade.shell;

import app.ambassade.shared.persistence.DatabaseUnavailable;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Unexpected errors are logged with their stack trace and shown to the person as a short message;
 * a database that cannot be reached is one log line and a "try again in a few seconds" message.
 * While the server does not answer (503 during a database outage, a restart), the browser keeps
 * retrying every few seconds with a translated message, and carries on by itself once it answers.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    /** Milliseconds between the browser's attempts to reach the server again. */
    static final int RECONNECT_INTERVAL = 3000;
    /** About an hour of attempts before the browser gives up and asks for a reload. */
    static final int RECONNECT_ATTEMPTS = 1200;

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            reconnect(ui);
            ui.addAfterNavigationListener(navigated -> reconnect(ui));
        });
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable cause = error.getThrowable();
                    boolean denied = hasCause(cause, AccessDeniedException.class);
                    boolean unavailable = !denied && DatabaseUnavailable.isCause(cause);
                    if (denied) {
                        log.warn("Access denied: {}", cause.getMessage());
                    } else if (unavailable) {
                        log.warn("Database unavailable during a UI action: {}", cause.toString());
                    } else {
                        log.error("Unexpected error in the UI", cause);
                    }
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        String key =
                                denied ? "error.denied" : unavailable ? "error.unavailable.action" : "error.unexpected";
                        ui.access(() -> {
                            Notification n =
                                    new Notification(ui.getTranslation(key), 6000, Notification.Position.MIDDLE);
                            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                            n.open();
                        });
                    }
                }));
    }

    /** In the person's language, which the layout may only know after the first navigation. */
    static void reconnect(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("error.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("error.reconnect-gave-up"));
        reconnect.setReconnectInterval(RECONNECT_INTERVAL);
        reconnect.setReconnectAttempts(RECONNECT_ATTEMPTS);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
