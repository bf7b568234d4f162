package app.ambassade.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;

/** The viewer's time zone, learnt from the browser when the UI starts; Paris until then. */
public final class ViewerZone {

    public static final ZoneId DEFAULT = ZoneId.of("Europe/Paris");

    private ViewerZone() {}

    public static ZoneId current() {
        VaadinSession session = VaadinSession.getCurrent();
        ZoneId zone = session == null ? null : session.getAttribute(ZoneId.class);
        return zone == null ? DEFAULT : zone;
    }

    public static void learn(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                ui.getSession().setAttribute(ZoneId.class, ZoneId.of(details.getTimeZoneId()));
            } catch (RuntimeException unknownZone) {
                ui.getSession().setAttribute(ZoneId.class, DEFAULT);
            }
        });
    }
}
