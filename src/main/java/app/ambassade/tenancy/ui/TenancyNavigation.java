package app.ambassade.tenancy.ui;

import com.vaadin.flow.router.RouteConfiguration;
import org.springframework.modulith.NamedInterface;

/** Where the brand's settings screen lives, for the home cards of other modules that link to it. */
@NamedInterface("navigation")
public final class TenancyNavigation {

    private TenancyNavigation() {}

    /** The brand's settings ({@code settings}). */
    public static String settings() {
        return RouteConfiguration.forApplicationScope().getUrl(TenantSettingsView.class);
    }
}
