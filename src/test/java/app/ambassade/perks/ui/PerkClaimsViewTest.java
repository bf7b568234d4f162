package app.ambassade.perks.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.ClaimRow;
import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.PerksFixtures;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PerkClaimsViewTest extends KaribuTest {

    @Autowired
    PerksFixtures fixtures;

    TenantSummary alpha;
    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser ambassador;
    AuthenticatedUser foreignManager;
    long event;
    long seats;
    long foreignEvent;

    @BeforeEach
    void seed() {
        PerksFixtures.Brand brand = fixtures.brand(data);
        alpha = brand.tenant();
        manager = brand.manager();
        member = brand.helene();
        ambassador = brand.marc();
        AuthenticatedUser zoe = brand.zoe();
        event = fixtures.eventIn(manager, "Soirée parfum", 4, 48, true);
        fixtures.claim(alpha.id(), event, member.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, ambassador.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.WAITLISTED, null);
        seats = fixtures.coCreation(manager, "Collection 2027", 1);
        fixtures.claim(alpha.id(), seats, member.accountId(), ClaimStatus.APPLIED, "I have ideas for the bottles");
        fixtures.claim(alpha.id(), seats, ambassador.accountId(), ClaimStatus.APPLIED, "Ten years a customer");
        TenantSummary beta = data.tenant("beta");
        foreignManager = data.person(beta, Role.BRAND_MANAGER, "boss@beta.example");
        foreignEvent = fixtures.eventIn(foreignManager, "Soirée B", 4, 48, false);
    }

    @Test
    void theManagerSeesTheFiguresAndEveryClaimAndFiltersByStatusAndName() {
        PerkClaimsView view = open(event);

        assertThat(_get(H2.class).getText()).isEqualTo("Claims: Soirée parfum");
        assertThat(figure("confirmed")).isEqualTo("2");
        assertThat(figure("waitlisted")).isEqualTo("1");
        assertThat(figure("attendance-rate")).isEqualTo("—");
        assertThat(figure("places")).isEqualTo("2 of 4");
        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(_get(Anchor.class, s -> s.withId("open-check-in")).getHref())
                .isEqualTo("manage/perks/" + event + "/check-in");
        assertThat(view.export.getHref()).isNotBlank();

        _setValue(view.statuses, Set.of(ClaimStatus.WAITLISTED));
        assertThat(_fetch(view.grid, 0, 10)).extracting(ClaimRow::name).containsExactly("Zoé Martin");

        _setValue(view.statuses, Set.of());
        _setValue(view.search, "levy");
        assertThat(_fetch(view.grid, 0, 10)).extracting(ClaimRow::name).containsExactly("Marc Lévy");

        _setValue(view.search, "nobody");
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void theManagerSelectsApplicantsSeeingTheirMotivationUntilTheSeatsAreTaken() {
        PerkClaimsView view = open(seats);
        assertThat(figure("applied")).isEqualTo("2");
        List<ClaimRow> rows = _fetch(view.grid, 0, 10);
        assertThat(rows)
                .extracting(ClaimRow::motivation)
                .containsExactly("I have ideas for the bottles", "Ten years a customer");

        _click(_get(cell(view, 0), Button.class, s -> s.withClasses("select-applicant")));
        NotificationsKt.expectNotifications("Hélène Dupont is selected and has been told.");
        assertThat(figure("selected")).isEqualTo("1");
        assertThat(_getCellComponent(view.grid, 0, "decision")).isInstanceOf(Span.class);

        _click(_get(cell(view, 1), Button.class, s -> s.withClasses("select-applicant")));
        NotificationsKt.expectNotifications("All seats are taken: nobody else can be selected.");
        _click(_get(cell(view, 1), Button.class, s -> s.withClasses("reject-applicant")));
        NotificationsKt.expectNotifications("Marc Lévy is not selected and has been told.");
        assertThat(_fetch(view.grid, 0, 10))
                .extracting(ClaimRow::status)
                .containsExactly(ClaimStatus.SELECTED, ClaimStatus.NOT_SELECTED);
    }

    @Test
    void theViewSpeaksFrench() {
        useLocale(Locale.FRENCH);
        open(event);
        assertThat(_get(H2.class).getText()).isEqualTo("Demandes : Soirée parfum");
        assertThat(figure("places")).isEqualTo("2 sur 4");
        assertThat(_get(Anchor.class, s -> s.withId("open-check-in")).getText())
                .isEqualTo("Ouvrir l'écran de pointage");
    }

    @Test
    void membersAndAmbassadorsCannotOpenIt() {
        for (AuthenticatedUser person : List.of(member, ambassador)) {
            signIn(person);
            UI.getCurrent().navigate("manage/perks/" + event + "/claims");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void anotherBrandsUnknownOrMalformedIdsAreNotFound() {
        signIn(manager);
        for (String id : List.of(String.valueOf(foreignEvent), "999999", "abc")) {
            UI.getCurrent().navigate("manage/perks/" + id + "/claims");
            assertThat(UI.getCurrent().getCurrentView()).as(id).isInstanceOf(NotFoundView.class);
        }
        signIn(foreignManager);
        UI.getCurrent().navigate("manage/perks/" + event + "/claims");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private PerkClaimsView open(long perkId) {
        signIn(manager);
        UI.getCurrent().navigate("manage/perks/" + perkId + "/claims");
        return _get(PerkClaimsView.class);
    }

    private static String figure(String id) {
        return _get(Span.class, s -> s.withId("figure-" + id)).getText();
    }

    private static Component cell(PerkClaimsView view, int row) {
        return _getCellComponent(view.grid, row, "decision");
    }
}
