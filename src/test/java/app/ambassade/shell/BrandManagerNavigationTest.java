package app.ambassade.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandManagerNavigationTest extends KaribuTest {

    private static final List<String> MANAGER_ENTRIES = List.of("People", "Brand settings", "Audit log");

    @ParameterizedTest
    @ValueSource(strings = {"people", "settings", "audit"})
    void aBrandManagerOpensTheManagementViews(String route) {
        TenantSummary tenant = data.tenant("nav");
        signIn(data.person(tenant, Role.BRAND_MANAGER, "boss@nav.example"));

        UI.getCurrent().navigate(route);

        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(NotFoundView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(route);
    }

    @Test
    void aBrandManagerSeesTheManagementViewsInTheSideNavigation() {
        TenantSummary tenant = data.tenant("nav");
        signIn(data.person(tenant, Role.BRAND_MANAGER, "boss@nav.example"));

        UI.getCurrent().navigate("");

        assertThat(menuLabels()).containsAll(MANAGER_ENTRIES);
        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getPath)
                .contains("people", "settings", "audit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBER", "AMBASSADOR"})
    void membersAndAmbassadorsCannotOpenTheManagementViewsNorSeeThem(String role) {
        TenantSummary tenant = data.tenant("nav");
        signIn(data.person(tenant, Role.valueOf(role), "someone@nav.example"));

        for (String route : List.of("people", "settings", "audit")) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
        }
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Home").doesNotContainAnyElementsOf(MANAGER_ENTRIES);
    }

    @Test
    void thePlatformAdminCannotOpenABrandsManagementViewsNorSeeThem() {
        AuthenticatedUser admin = data.platformAdmin("ops@ambassade.test");
        signIn(admin);

        for (String route : List.of("people", "settings", "audit")) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
        }
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).doesNotContainAnyElementsOf(MANAGER_ENTRIES);
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
