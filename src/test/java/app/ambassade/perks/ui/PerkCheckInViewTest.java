package app.ambassade.perks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.Attendance;
import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.PerkOperations;
import app.ambassade.perks.PerksFixtures;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PerkCheckInViewTest extends KaribuTest {

    @Autowired
    PerksFixtures fixtures;

    @Autowired
    PerkOperations operations;

    TenantSummary alpha;
    AuthenticatedUser manager;
    AuthenticatedUser helene;
    AuthenticatedUser marc;
    long event;
    long heleneClaim;
    long seats;
    long foreignEvent;

    @BeforeEach
    void seed() {
        PerksFixtures.Brand brand = fixtures.brand(data);
        alpha = brand.tenant();
        manager = brand.manager();
        helene = brand.helene();
        marc = brand.marc();
        AuthenticatedUser zoe = brand.zoe();
        event = fixtures.eventIn(manager, "Soirée parfum", 10, 1, false);
        heleneClaim = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, marc.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.WAITLISTED, null);
        seats = fixtures.coCreation(manager, "Collection 2027", 2);
        TenantSummary beta = data.tenant("beta");
        foreignEvent =
                fixtures.eventIn(data.person(beta, Role.BRAND_MANAGER, "boss@beta.example"), "Soirée B", 4, 1, false);
    }

    @Test
    void staffFindAnAttendeeByNameMarkThemPresentAndCanUndo() {
        PerkCheckInView view = open(event);
        assertThat(view.counter.getText()).isEqualTo("0 / 2 checked in");
        assertThat(view.search.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
        assertThat(attendees(view)).containsExactly("Hélène Dupont", "Marc Lévy");

        _setValue(view.search, "helene");
        assertThat(attendees(view)).containsExactly("Hélène Dupont");
        _click(_get(view.results, Button.class, s -> s.withClasses("check-in")));

        NotificationsKt.expectNotifications("Hélène Dupont is checked in.");
        assertThat(view.counter.getText()).isEqualTo("1 / 2 checked in");
        assertThat(fixtures.claimRow(alpha.id(), heleneClaim).getAttendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(_find(view.results, Button.class, s -> s.withClasses("check-in")))
                .isEmpty();
        assertThat(_get(view.results, Div.class, s -> s.withClasses("attendee"))
                        .getElement()
                        .getTextRecursively())
                .contains("Checked in");

        _click(_get(view.results, Button.class, s -> s.withClasses("undo-check-in")));
        assertThat(view.counter.getText()).isEqualTo("0 / 2 checked in");
        assertThat(fixtures.claimRow(alpha.id(), heleneClaim).getAttendance()).isNull();

        _setValue(view.search, "zoe");
        assertThat(attendees(view)).isEmpty();
        assertThat(view.results.getElement().getTextRecursively())
                .isEqualTo("Nobody with a confirmed seat matches this search.");
    }

    @Test
    void aTabletShowingAPersonAnotherTabletAlreadyCheckedInRecordsNothingTwice() {
        PerkCheckInView view = open(event);
        _setValue(view.search, "Hélène");
        Button stale = _get(view.results, Button.class, s -> s.withClasses("check-in"));
        operations.checkIn(heleneClaim);

        _click(stale);

        assertThat(view.counter.getText()).isEqualTo("1 / 2 checked in");
        assertThat(_find(view.results, Button.class, s -> s.withClasses("undo-check-in")))
                .hasSize(1);
        assertThat(fixtures.claimRow(alpha.id(), heleneClaim).getAttendance()).isEqualTo(Attendance.ATTENDED);
    }

    @Test
    void theCheckInSpeaksFrench() {
        useLocale(Locale.FRENCH);
        PerkCheckInView view = open(event);
        assertThat(view.counter.getText()).isEqualTo("0 / 2 pointés");
        assertThat(view.search.getLabel()).isEqualTo("Trouver un participant");
        assertThat(_find(view.results, Button.class))
                .extracting(Button::getText)
                .containsExactly("Marquer présent·e", "Marquer présent·e");
    }

    @Test
    void onlyManagersOpenItAndOnlyForTheirOwnEvents() {
        for (AuthenticatedUser person : List.of(helene, marc)) {
            signIn(person);
            UI.getCurrent().navigate("manage/perks/" + event + "/check-in");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        }
        signIn(manager);
        for (String id : List.of(String.valueOf(seats), String.valueOf(foreignEvent), "424242", "x1")) {
            UI.getCurrent().navigate("manage/perks/" + id + "/check-in");
            assertThat(UI.getCurrent().getCurrentView()).as("perk %s", id).isInstanceOf(NotFoundView.class);
        }
    }

    private PerkCheckInView open(long perkId) {
        signIn(manager);
        UI.getCurrent().navigate("manage/perks/" + perkId + "/check-in");
        return _get(PerkCheckInView.class);
    }

    private static List<String> attendees(PerkCheckInView view) {
        return _find(view.results, Div.class, s -> s.withClasses("attendee")).stream()
                .map(d -> d.getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getText())
                .toList();
    }
}
