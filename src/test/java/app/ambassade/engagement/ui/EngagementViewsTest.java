package app.ambassade.engagement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.TierCount;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shell.NotFoundView;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EngagementViewsTest extends KaribuTest {

    @Autowired
    EngagementService engagement;

    TenantSummary a;
    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser ambassador;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        manager = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        member = data.person(a, Role.MEMBER, "ana@alpha.example");
        ambassador = data.person(a, Role.AMBASSADOR, "bob@alpha.example");
        TenantSummary b = data.tenant("beta");
        AuthenticatedUser foreign = data.person(b, Role.MEMBER, "bea@beta.example");
        for (int i = 0; i < 6; i++) {
            engagement.record(b.id(), foreign.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
    }

    @Test
    void aMemberSeesTheirTierWhatItGivesTheProgressAndTheLedgerBehindIt() {
        for (int i = 0; i < 6; i++) {
            engagement.record(a.id(), member.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        engagement.record(a.id(), member.accountId(), EngagementAction.ANSWERED_SURVEY, "survey:1", "Summer survey");
        signIn(member);

        UI.getCurrent().navigate("my-engagement");

        MyEngagementView view = _get(MyEngagementView.class);
        assertThat(_get(H2.class, s -> s.withId("engagement-tier")).getText()).isEqualTo("Argent");
        assertThat(_get(Span.class, s -> s.withId("engagement-points")).getText())
                .isEqualTo("70 points");
        assertThat(_get(Paragraph.class, s -> s.withId("engagement-benefits")).getText())
                .startsWith("What it gives you: ");
        assertThat(_get(Span.class, s -> s.withId("engagement-to-go")).getText())
                .isEqualTo("130 points to go to reach Or");
        assertThat(_get(ProgressBar.class).getValue()).isEqualTo(20 / 150.0);
        assertThat(_size(view.ledger)).isEqualTo(7);
        assertThat(_fetch(view.ledger, 0, 1).getFirst().reason()).isEqualTo("Summer survey");
    }

    @Test
    void aMemberWithoutPointsIsToldHowToStartAndTheHomeCardShowsTheirTier() {
        signIn(ambassador);
        UI.getCurrent().navigate("my-engagement");
        assertThat(_size(_get(MyEngagementView.class).ledger)).isZero();
        assertThat(_get(Span.class, s -> s.withId("engagement-to-go")).getText())
                .isEqualTo("50 points to go to reach Argent");

        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, s -> s.withId("engagement-card-tier")).getText())
                .isEqualTo("Bronze");
        assertThat(_get(Span.class, s -> s.withId("engagement-card-points")).getText())
                .isEqualTo("0 points");
    }

    @Test
    void theMemberViewSpeaksFrench() {
        engagement.record(a.id(), member.accountId(), EngagementAction.POSTED, "post:1", "");
        signIn(member);
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("my-engagement");
        assertThat(_get(Span.class, s -> s.withId("engagement-to-go")).getText())
                .isEqualTo("Encore 40 points pour atteindre le niveau Argent");
    }

    @Test
    void theManagerEditsTiersAndSeesErrorsAtTheFieldWithWhatTheyTypedKept() {
        signIn(manager);
        UI.getCurrent().navigate("engagement/settings");
        TierSettingsView view = _get(TierSettingsView.class);
        assertThat(view.rows).hasSize(3);

        TierSettingsView.TierRow silver = view.rows.get(1);
        silver.threshold.setValue(500);
        silver.name.setValue("");
        _click(view.saveTiers);

        assertThat(silver.name.isInvalid()).isTrue();
        assertThat(silver.name.getErrorMessage()).isEqualTo("This field is required.");
        TierSettingsView.TierRow gold = view.rows.get(2);
        assertThat(gold.threshold.isInvalid()).isTrue();
        assertThat(gold.threshold.getErrorMessage())
                .isEqualTo("A higher rank needs more points than the tier below it.");
        assertThat(silver.threshold.getValue()).isEqualTo(500);

        silver.name.setValue("Argent+");
        silver.threshold.setValue(100);
        _click(view.addTier);
        TierSettingsView.TierRow platinum = view.rows.get(3);
        assertThat(platinum.rank.getValue()).isEqualTo(4);
        platinum.name.setValue("Platine");
        platinum.threshold.setValue(1000);
        platinum.benefits.setValue("Dinner with the founders");
        _click(view.saveTiers);

        assertThat(silver.name.isInvalid()).isFalse();
        assertThat(gold.threshold.isInvalid()).isFalse();
        signIn(member);
        assertThat(engagement.tiers())
                .extracting(t -> t.name() + "@" + t.threshold())
                .containsExactly("Bronze@0", "Argent+@100", "Or@200", "Platine@1000");
    }

    @Test
    void theManagerSetsThePointsPerActionWithRangeChecksAtTheField() {
        signIn(manager);
        UI.getCurrent().navigate("engagement/settings");
        TierSettingsView view = _get(TierSettingsView.class);
        view.pointFields.get(EngagementAction.POSTED).setValue(5000);
        _click(view.savePoints);
        assertThat(view.pointFields.get(EngagementAction.POSTED).getErrorMessage())
                .isEqualTo("Use a number of points from 0 to 1,000.");
        assertThat(view.pointFields.get(EngagementAction.POSTED).getValue()).isEqualTo(5000);

        view.pointFields.get(EngagementAction.POSTED).setValue(30);
        _click(view.savePoints);
        assertThat(view.pointFields.get(EngagementAction.POSTED).isInvalid()).isFalse();
        assertThat(engagement.pointsPerAction()).containsEntry(EngagementAction.POSTED, 30);
    }

    @Test
    void theManagerSeesHowManyPeopleAreInEachTierOfTheirBrandOnly() {
        for (int i = 0; i < 6; i++) {
            engagement.record(a.id(), member.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        signIn(manager);
        UI.getCurrent().navigate("engagement/overview");
        EngagementOverviewView view = _get(EngagementOverviewView.class);
        assertThat(_fetch(view.grid, 0, 10))
                .extracting(c -> c.tier() == null ? "-" : c.tier().name(), TierCount::people)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Or", 0L),
                        org.assertj.core.groups.Tuple.tuple("Argent", 1L),
                        org.assertj.core.groups.Tuple.tuple("Bronze", 1L),
                        org.assertj.core.groups.Tuple.tuple("-", 0L));
    }

    @Test
    void membersAndAmbassadorsCannotOpenTheManagerViewsAndManagersHaveNoLedgerView() {
        for (AuthenticatedUser user : new AuthenticatedUser[] {member, ambassador}) {
            signIn(user);
            UI.getCurrent().navigate("engagement/settings");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
            UI.getCurrent().navigate("engagement/overview");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        }
        signIn(manager);
        UI.getCurrent().navigate("my-engagement");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
