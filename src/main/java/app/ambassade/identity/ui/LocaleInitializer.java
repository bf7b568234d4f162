package app.ambassade.identity.ui;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * When a UI starts for a signed-in person, speak the language they chose (kept in their account)
 * and learn their time zone from the browser.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private static final String LOADED = LocaleInitializer.class.getName() + ".loaded";

    private final AccountService accounts;

    LocaleInitializer(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            ViewerZone.learn(ui);
            VaadinSession session = ui.getSession();
            AuthenticatedUser.current().ifPresent(user -> {
                String key = LOADED + "." + user.accountId() + "." + user.tenantId();
                if (session.getAttribute(key) == null) {
                    Locale locale = accounts.profile().locale();
                    session.setLocale(locale);
                    session.setAttribute(key, Boolean.TRUE);
                }
                ui.setLocale(session.getLocale());
            });
        });
    }
}
