package app.ambassade.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import org.springframework.modulith.NamedInterface;

/** Where the account screens live (login, join, profile, people): reached here, never by a typed path. */
@NamedInterface("navigation")
public final class IdentityNavigation {

    private IdentityNavigation() {}

    public static String login() {
        return RouteConfiguration.forApplicationScope().getUrl(LoginView.class);
    }

    /** The login page with a notice on top ({@code login?notice=password-reset}). */
    static void navigateToLogin(String notice) {
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("notice", notice));
    }

    static String join() {
        return RouteConfiguration.forApplicationScope().getUrl(JoinView.class);
    }

    static String forgotPassword() {
        return RouteConfiguration.forApplicationScope().getUrl(ForgotPasswordView.class);
    }

    public static String profile() {
        return RouteConfiguration.forApplicationScope().getUrl(ProfileView.class);
    }

    public static void navigateToProfile() {
        UI.getCurrent().navigate(ProfileView.class);
    }

    static String people() {
        return RouteConfiguration.forApplicationScope().getUrl(PeopleView.class);
    }
}
