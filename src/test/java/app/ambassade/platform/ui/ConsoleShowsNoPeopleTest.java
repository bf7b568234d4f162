package app.ambassade.platform.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.InvitationService;
import app.ambassade.identity.Role;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console shows tenants, not people: whatever happens inside a brand, none of its people's
 * names or addresses appears in the platform admin's views (home, brands, brand editor, audit log).
 * The mail outbox is the one exception by design: it is the embedded default's copy of sent mail,
 * there so that invitation links can be followed without a mail server.
 */
class ConsoleShowsNoPeopleTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    @Test
    void thePlatformAdminsViewsNeverListTheMembersOfABrand() {
        TenantSummary tenant = data.tenant("private");
        AuthenticatedUser manager = data.person(tenant, Role.BRAND_MANAGER, "secret.manager@private.example");
        AuthenticatedUser member = data.person(tenant, Role.MEMBER, "secret.member@private.example");
        data.person(tenant, Role.AMBASSADOR, "secret.ambassador@private.example");
        // Activity inside the brand: the manager invites someone (recorded in the brand's own log).
        TestData.signIn(manager);
        invitations.invite("secret.invitee@private.example", Role.MEMBER);
        TestData.signOut();

        signIn(data.platformAdmin("privacy-admin@ambassade.test"));
        List<String> secrets =
                List.of("secret.", "private.example", member.displayName(), manager.displayName(), "Test AMBASSADOR");

        for (String path : List.of("", "tenants", "tenants/" + tenant.id(), "platform-audit")) {
            UI.getCurrent().navigate(path);
            String shown = everythingShown();
            // The views do show the brand itself (home: the card with the counts).
            assertThat(shown).as(path).contains(path.isEmpty() ? "Manage the brands" : tenant.slug());
            for (String secret : secrets) {
                assertThat(shown).as("%s shows %s", path, secret).doesNotContain(secret);
            }
        }
    }

    /** Text, attributes and properties of every element on the page, plus every row of every grid. */
    private static String everythingShown() {
        StringBuilder all = new StringBuilder();
        collect(UI.getCurrent(), all);
        for (Grid<?> grid : _find(Grid.class)) {
            int size = GridKt._size(grid);
            for (int row = 0; row < size; row++) {
                all.append(GridKt._getFormattedRow(grid, row)).append('\n');
            }
        }
        return all.toString();
    }

    private static void collect(Component component, StringBuilder all) {
        collect(component.getElement(), all);
        component.getChildren().forEach(child -> collect(child, all));
    }

    /** One element's attributes, properties and own text; child components are walked by the caller. */
    private static void collect(Element element, StringBuilder all) {
        element.getAttributeNames()
                .forEach(name -> all.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames()
                .forEach(name -> all.append(element.getProperty(name, "")).append('\n'));
        element.getChildren()
                .filter(Element::isTextNode)
                .forEach(text -> all.append(text.getText()).append('\n'));
    }
}
