package app.ambassade.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.identity.ui.LoginView;
import app.ambassade.shell.HomeView;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Nobody but the platform admin opens, or even sees in the menu, a view of the platform console. */
class PlatformAccessTest extends KaribuTest {

    static final List<String> CONSOLE_MENU = List.of("Brands", "Platform audit log", "Mail outbox");

    @ParameterizedTest
    @EnumSource(Role.class)
    void peopleOfABrandCannotOpenAnyPlatformViewEvenWithTheirOwnTenantId(Role role) {
        TenantSummary own = data.tenant("own");
        TenantSummary other = data.tenant("other");
        AuthenticatedUser person = data.person(own, role, role.name().toLowerCase(Locale.ROOT) + "@own.example");
        signIn(person);

        for (String path : platformPaths(own, other)) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView())
                    .as(role + " opening " + path)
                    .isInstanceOf(NotFoundView.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void thePlatformMenuEntriesAndHomeCardAreAbsentForPeopleOfABrand(Role role) {
        TenantSummary own = data.tenant("menu");
        signIn(data.person(own, role, "menu-" + role.name().toLowerCase(Locale.ROOT) + "@own.example"));

        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
        List<String> labels = _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
        assertThat(labels).contains("Home").doesNotContainAnyElementsOf(CONSOLE_MENU);
        assertThat(_find(Div.class, s -> s.withClasses("platform-card"))).isEmpty();
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageFromEveryPlatformView() {
        TenantSummary tenant = data.tenant("anon");
        for (String host : java.util.Arrays.asList(null, tenant.slug())) {
            onHost(host);
            for (String path : platformPaths(tenant, tenant)) {
                UI.getCurrent().navigate(path);
                assertThat(UI.getCurrent().getCurrentView())
                        .as(host + " " + path)
                        .isInstanceOf(LoginView.class);
            }
        }
    }

    @Test
    void thePlatformAdminSeesTheConsoleEntriesInTheMenu() {
        signIn(data.platformAdmin("menu-admin@ambassade.test"));

        UI.getCurrent().navigate("");

        assertThat(_get(SideNav.class).getItems())
                .extracting(SideNavItem::getLabel)
                .containsAll(CONSOLE_MENU);
    }

    private static List<String> platformPaths(TenantSummary own, TenantSummary other) {
        return List.of(
                "tenants", "tenants/new", "tenants/" + own.id(), "tenants/" + other.id(), "platform-audit", "outbox");
    }
}
