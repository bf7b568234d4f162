package app.ambassade.mail.ui;

import com.vaadin.flow.router.RouteConfiguration;
import org.springframework.modulith.NamedInterface;

/** Where the mail screens live, for the platform admin's screens that link to them. */
@NamedInterface("navigation")
public final class MailNavigation {

    private MailNavigation() {}

    /** The outbox of e-mails written but not sent by a mail server ({@code outbox}). */
    public static String outbox() {
        return RouteConfiguration.forApplicationScope().getUrl(OutboxView.class);
    }
}
