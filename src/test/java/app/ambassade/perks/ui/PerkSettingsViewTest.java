package app.ambassade.perks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.PerkOperations;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PerkSettingsViewTest extends KaribuTest {

    @Autowired
    PerkOperations operations;

    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser ambassador;

    @BeforeEach
    void seed() {
        TenantSummary alpha = data.tenant("alpha");
        manager = data.person(alpha, Role.BRAND_MANAGER, "boss@alpha.example");
        member = data.person(alpha, Role.MEMBER, "ana@alpha.example");
        ambassador = data.person(alpha, Role.AMBASSADOR, "bob@alpha.example");
    }

    @Test
    void theManagerSetsThePulseIntervalAndAWrongValueIsRefusedAtTheFieldAndKept() {
        PerkSettingsView view = open();
        assertThat(view.pulseInterval.getValue()).isEqualTo(30);

        _setValue(view.pulseInterval, 400);
        _click(view.save);
        assertThat(view.pulseInterval.isInvalid()).isTrue();
        assertThat(view.pulseInterval.getErrorMessage()).isEqualTo("Use a number of days from 1 to 365.");
        assertThat(view.pulseInterval.getValue()).isEqualTo(400);

        _setValue(view.pulseInterval, null);
        _click(view.save);
        assertThat(view.pulseInterval.isInvalid()).isTrue();

        _setValue(view.pulseInterval, 14);
        _click(view.save);
        assertThat(view.pulseInterval.isInvalid()).isFalse();
        NotificationsKt.expectNotifications("Settings saved.");
        TestData.signIn(manager);
        assertThat(operations.pulseIntervalDays()).isEqualTo(14);
    }

    @Test
    void theSettingsSpeakFrench() {
        useLocale(Locale.FRENCH);
        PerkSettingsView view = open();
        assertThat(view.pulseInterval.getLabel()).isEqualTo("Jours entre deux sondages à une même personne");
        _setValue(view.pulseInterval, 0);
        _click(view.save);
        assertThat(view.pulseInterval.getErrorMessage()).isEqualTo("Indiquez un nombre de jours entre 1 et 365.");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Réglages des avantages");
    }

    @Test
    void membersAndAmbassadorsCannotOpenIt() {
        for (AuthenticatedUser person : List.of(member, ambassador)) {
            signIn(person);
            UI.getCurrent().navigate("manage/perks/settings");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        }
    }

    private PerkSettingsView open() {
        signIn(manager);
        UI.getCurrent().navigate("manage/perks/settings");
        return _get(PerkSettingsView.class);
    }
}
