package app.ambassade.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.identity.ui.LoginView;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.Test;

class NavigationTest extends KaribuTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void aSignedInMemberSeesTheirHomeWithTheirName() {
        TenantSummary tenant = data.tenant("home");
        AuthenticatedUser member = data.person(tenant, Role.MEMBER, "m@example.com");
        signIn(member);

        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Hello, Test MEMBER");
        assertThat(_get(SideNav.class).getItems()).extracting(i -> i.getLabel()).contains("Home");
    }
}
