package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationType;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** A manager of brand B sees and changes nothing of brand A's perks and claims; A's lifecycle never reaches B's people. */
@AmbassadeTest
class PerkOperationsIsolationTest {

    @Autowired
    TestData data;

    @Autowired
    PerksFixtures fixtures;

    @Autowired
    PerkOperations operations;

    @Autowired
    PerkLifecycle lifecycle;

    TenantSummary alpha;
    TenantSummary beta;
    AuthenticatedUser managerA;
    AuthenticatedUser managerB;
    AuthenticatedUser memberA;
    AuthenticatedUser memberB;
    long event;
    long seats;
    long confirmed;
    long applied;

    @BeforeEach
    void seed() {
        alpha = data.tenant("alpha");
        beta = data.tenant("beta");
        managerA = data.person(alpha, Role.BRAND_MANAGER, "boss@alpha.example");
        managerB = data.person(beta, Role.BRAND_MANAGER, "boss@beta.example");
        memberA = fixtures.person(alpha, Role.MEMBER, "ana@alpha.example", "Ana Alpha", Locale.FRENCH);
        memberB = fixtures.person(beta, Role.MEMBER, "ana@beta.example", "Ana Beta", Locale.FRENCH);
        event = fixtures.eventIn(managerA, "Soirée A", 10, 2, true);
        seats = fixtures.coCreation(managerA, "Atelier A", 2);
        confirmed = fixtures.claim(alpha.id(), event, memberA.accountId(), ClaimStatus.CONFIRMED, null);
        applied = fixtures.claim(alpha.id(), seats, memberA.accountId(), ClaimStatus.APPLIED, "Moi");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void anotherBrandsManagerCanNeitherReadExportCheckInNorSelectOnTheseIds() {
        TestData.signIn(managerB);

        assertThatThrownBy(() -> operations.claims(event, Set.of(), "", PageRequest.of(0, 10)))
                .isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.claims(event, Set.of(), "ana", PageRequest.of(0, 10)))
                .isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.countClaims(event, Set.of(), "")).isInstanceOf(PerkNotFoundException.class);
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> operations.exportCsv(event, Set.of(), out)).isInstanceOf(PerkNotFoundException.class);
        assertThat(out.toString()).isEmpty();
        assertThatThrownBy(() -> operations.figures(event)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.checkInSearch(event, "", 10)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.checkIn(confirmed)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.undoCheckIn(confirmed)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.select(applied, true)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.select(applied, false)).isInstanceOf(PerkNotFoundException.class);

        assertThat(fixtures.claimRow(alpha.id(), confirmed).getAttendance()).isNull();
        assertThat(fixtures.claimRow(alpha.id(), applied).getStatus()).isEqualTo(ClaimStatus.APPLIED);
        assertThat(fixtures.perk(alpha.id(), seats).getTaken()).isZero();
        assertThat(fixtures.notificationsOf(memberA, NotificationType.PERK_SELECTED))
                .isEmpty();
    }

    @Test
    void aBrandsClaimsShowOnlyItsOwnPeopleEvenForAMemberOfAnotherBrandWithAClaimId() {
        long foreignPerk = fixtures.eventIn(managerB, "Soirée B", 10, 2, false);
        fixtures.claim(beta.id(), foreignPerk, memberB.accountId(), ClaimStatus.CONFIRMED, null);
        TestData.signIn(managerA);
        assertThat(operations.claims(event, Set.of(), "", PageRequest.of(0, 10)))
                .extracting(ClaimRow::email)
                .containsExactly("ana@alpha.example");
        assertThat(operations.claims(event, Set.of(), "beta", PageRequest.of(0, 10)))
                .isEmpty();
        assertThatThrownBy(() -> operations.figures(foreignPerk)).isInstanceOf(PerkNotFoundException.class);
    }

    @Test
    void theSettingsOfOneBrandDoNotChangeAnotherBrands() {
        TestData.signIn(managerA);
        operations.setPulseIntervalDays(7);
        TestData.signIn(managerB);
        assertThat(operations.pulseIntervalDays()).isEqualTo(30);
        operations.setPulseIntervalDays(90);
        TestData.signIn(managerA);
        assertThat(operations.pulseIntervalDays()).isEqualTo(7);
    }

    @Test
    void theLifecycleOfOneBrandNeverNotifiesAnotherBrandsPeople() {
        long foreignEvent = fixtures.eventIn(managerB, "Soirée B", 10, 2, true);
        long foreignClaim = fixtures.claim(beta.id(), foreignEvent, memberB.accountId(), ClaimStatus.CONFIRMED, null);
        TestData.signIn(managerA);
        operations.checkIn(confirmed);
        TestData.signIn(managerB);
        operations.checkIn(foreignClaim);
        fixtures.moveEventToPast(alpha.id(), event);
        TestData.signOut();

        lifecycle.runOnce(alpha.id());

        assertThat(fixtures.notificationsOf(memberA, NotificationType.PERK_EVENT_THANKS))
                .hasSize(1);
        assertThat(fixtures.notificationsOf(memberA, NotificationType.PERK_PULSE))
                .hasSize(1);
        assertThat(fixtures.notificationsOf(memberB, NotificationType.PERK_EVENT_THANKS))
                .isEmpty();
        assertThat(fixtures.notificationsOf(memberB, NotificationType.PERK_PULSE))
                .isEmpty();
        assertThat(fixtures.perk(beta.id(), foreignEvent).getClosedAt()).isNull();
        assertThat(fixtures.claimRow(beta.id(), foreignClaim).getThankedAt()).isNull();

        fixtures.moveEventToPast(beta.id(), foreignEvent);
        lifecycle.runOnce();
        assertThat(fixtures.notificationsOf(memberB, NotificationType.PERK_EVENT_THANKS))
                .singleElement()
                .satisfies(n -> assertThat(n.params().getFirst()).isEqualTo("Soirée B"));
        assertThat(fixtures.notificationsOf(memberA, NotificationType.PERK_EVENT_THANKS))
                .hasSize(1);
    }
}
