package app.ambassade.audit.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.audit.AuditRecord;
import app.ambassade.identity.AccountService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.PersonRow;
import app.ambassade.identity.Role;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;
    AuthenticatedUser managerB;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        managerB = data.person(b, Role.BRAND_MANAGER, "boss@beta.example");
        data.person(a, Role.MEMBER, "mia@alpha.example");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLogShowsTheRoleChangeMadeJustBeforeInTheUi() {
        signIn(managerA);
        UI.getCurrent().navigate("people");
        Grid<PersonRow> people = _get(Grid.class);
        List<PersonRow> rows = _fetch(people, 0, 100);
        int row = rows.stream().map(PersonRow::email).toList().indexOf("mia@alpha.example");
        _clickItemWithCaption((MenuBar) _getCellComponent(people, row, "actions"), "Change role");
        _setValue(_get(Select.class, s -> s.withLabel("New role")), Role.AMBASSADOR);
        _click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("Change role")));

        UI.getCurrent().navigate("audit");
        AuditLogView view = _get(AuditLogView.class);

        AuditRecord latest = _fetch(view.grid, 0, 1).getFirst();
        assertThat(latest.action()).isEqualTo("person.role-changed");
        assertThat(latest.actor()).isEqualTo("boss@alpha.example");
        assertThat(latest.target()).isEqualTo("mia@alpha.example");
        List<String> shown = _getFormattedRow(view.grid, 0);
        assertThat(shown).contains("Role changed", "boss@alpha.example", "mia@alpha.example", "Member → Ambassador");
    }

    @Test
    void aManagerOfAnotherBrandSeesNothingOfIt() {
        TestData.signIn(managerA);
        long mia = accounts
                .people(app.ambassade.identity.PeopleFilter.all(), org.springframework.data.domain.Pageable.unpaged())
                .stream()
                .filter(p -> p.email().equals("mia@alpha.example"))
                .findFirst()
                .orElseThrow()
                .id();
        accounts.deactivate(mia);

        signIn(managerB);
        UI.getCurrent().navigate("audit");
        AuditLogView view = _get(AuditLogView.class);

        assertThat(_size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateComponent().getElement().getTextRecursively())
                .contains("Nothing recorded yet");
    }

    @Test
    void unknownActionCodesAreShownAsRecordedAndKnownOnesInFrench() {
        signIn(managerA);
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("audit");
        AuditLogView view = _get(AuditLogView.class);

        var known = new AuditRecord(java.time.Instant.now(), "x", "person.deactivated", "t", "");
        var unknown = new AuditRecord(java.time.Instant.now(), "x", "something.new", "t", "MEMBER");
        assertThat(view.actionOf(known)).isEqualTo("Personne désactivée");
        assertThat(view.actionOf(unknown)).isEqualTo("something.new");
        assertThat(view.detailsOf(unknown)).isEqualTo("Membre");
        assertThat(view.getPageTitle()).isEqualTo("Journal d'audit");
    }
}
