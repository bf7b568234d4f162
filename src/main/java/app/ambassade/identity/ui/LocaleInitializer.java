package app.ambassade.identity.ui;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.tenancy.HostTenant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * When a UI starts: a signed-in person gets the language kept in their account; an anonymous
 * visitor of a brand's pages gets the brand's default language until they pick one with the
 * switch. Also learns the viewer's time zone from the browser.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private static final String LOADED = LocaleInitializer.class.getName() + ".loaded";

    /** Session attribute set when an anonymous visitor picks a language themselves. */
    static final String CHOSEN = LocaleInitializer.class.getName() + ".chosen";

    private final AccountService accounts;
    private final HostTenant hostTenant;

    LocaleInitializer(AccountService accounts, HostTenant hostTenant) {
        this.accounts = accounts;
        this.hostTenant = hostTenant;
    }

    static void choose(VaadinSession session, Locale locale) {
        session.setLocale(locale);
        session.setAttribute(CHOSEN, Boolean.TRUE);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            ViewerZone.learn(ui);
            VaadinSession session = ui.getSession();
            AuthenticatedUser.current()
                    .ifPresentOrElse(
                            user -> {
                                String key = LOADED + "." + user.accountId() + "." + user.tenantId();
                                if (session.getAttribute(key) == null) {
                                    Locale locale = accounts.profile().locale();
                                    session.setLocale(locale);
                                    session.setAttribute(key, Boolean.TRUE);
                                }
                                ui.setLocale(session.getLocale());
                            },
                            () -> {
                                if (session.getAttribute(CHOSEN) == null) {
                                    hostTenant.tenant().ifPresent(tenant -> {
                                        session.setLocale(tenant.defaultLocale());
                                        ui.setLocale(tenant.defaultLocale());
                                    });
                                }
                            });
        });
    }
}
