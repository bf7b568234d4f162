package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.notification.NotificationItem;
import app.ambassade.notification.NotificationType;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.MutableClock;
import app.ambassade.support.MutableClockConfig;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/** Reminders, closing, thank-you and pulse, with a clock the tests move. */
@AmbassadeTest
@Import(MutableClockConfig.class)
class PerkLifecycleTest {

    @Autowired
    TestData data;

    @Autowired
    PerksFixtures fixtures;

    @Autowired
    PerkLifecycle lifecycle;

    @Autowired
    PerkOperations operations;

    @Autowired
    EngagementService engagement;

    @Autowired
    MutableClock clock;

    TenantSummary alpha;
    AuthenticatedUser manager;
    AuthenticatedUser helene;
    AuthenticatedUser zoe;
    AuthenticatedUser marc;

    @BeforeEach
    void seed() {
        PerksFixtures.Brand brand = fixtures.brand(data);
        alpha = brand.tenant();
        manager = brand.manager();
        helene = brand.helene();
        zoe = brand.zoe();
        marc = brand.marc();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        TestData.signOut();
    }

    @Test
    void theReminderGoesOutOnceTheDayBeforeToConfirmedAttendeesInTheirLanguage() {
        long event = fixtures.eventIn(manager, "Atelier parfum", 10, 30, false);
        fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, marc.accountId(), ClaimStatus.WAITLISTED, null);

        lifecycle.runOnce(alpha.id());
        assertThat(reminders(helene)).isEmpty();

        clock.advance(Duration.ofHours(7));
        lifecycle.runOnce(alpha.id());
        lifecycle.runOnce(alpha.id());

        assertThat(reminders(helene)).singleElement().satisfies(n -> {
            assertThat(n.params().getFirst()).isEqualTo("Atelier parfum");
            assertThat(n.params().get(1)).contains(" à ").endsWith("(heure de Paris)");
            assertThat(n.target()).isEqualTo(PerkTarget.of(event));
        });
        assertThat(reminders(zoe))
                .singleElement()
                .satisfies(n -> assertThat(n.params().get(1)).contains(" at ").endsWith("(Paris time)"));
        assertThat(reminders(marc)).isEmpty();
        assertThat(fixtures.perk(alpha.id(), event).getReminderSentAt()).isNotNull();
    }

    @Test
    void theEventTimeIsWrittenInTheReadersLanguageAndTheEventsOwnZone() {
        Instant start = Instant.parse("2026-12-01T18:00:00Z");
        assertThat(lifecycle.when(start, ZoneId.of("Europe/Paris"), Locale.FRENCH))
                .isEqualTo("mardi 1 décembre 2026 à 19:00 (heure de Paris)");
        assertThat(lifecycle
                        .when(start, ZoneId.of("Europe/Paris"), Locale.ENGLISH)
                        .replace('\u202f', ' '))
                .isEqualTo("Tuesday, December 1, 2026 at 7:00 PM (Paris time)");
        assertThat(lifecycle.when(start, ZoneId.of("America/New_York"), Locale.FRENCH))
                .isEqualTo("mardi 1 décembre 2026 à 13:00 (heure de New York)");
    }

    @Test
    void closingRecordsNoShowsAndThanksAttendeesOnlyWithOnePulseEach() {
        String longThanks = "Merci ! ".repeat(60);
        long event = fixtures.event(manager, "Soirée privée", 10, inParis(2), true, longThanks);
        long h = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        long z = fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.CONFIRMED, null);
        long m = fixtures.claim(alpha.id(), event, marc.accountId(), ClaimStatus.CONFIRMED, null);
        TestData.signIn(manager);
        operations.checkIn(h);
        operations.checkIn(z);
        lifecycle.runOnce(alpha.id());
        assertThat(thanks(helene)).as("nothing before the end").isEmpty();

        clock.advance(Duration.ofHours(5));
        lifecycle.runOnce(alpha.id());
        lifecycle.runOnce(alpha.id());

        assertThat(fixtures.claimRow(alpha.id(), m).getAttendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(fixtures.claimRow(alpha.id(), h).getAttendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(fixtures.claimRow(alpha.id(), h).getThankedAt()).isNotNull();
        assertThat(thanks(helene)).singleElement().satisfies(n -> {
            assertThat(n.params().getFirst()).isEqualTo("Soirée privée");
            assertThat(n.params().get(1))
                    .hasSize(PerkLifecycle.THANK_YOU_MAX)
                    .isEqualTo(longThanks
                            .strip()
                            .substring(0, PerkLifecycle.THANK_YOU_MAX)
                            .strip());
        });
        assertThat(thanks(zoe)).hasSize(1);
        assertThat(thanks(marc)).isEmpty();
        assertThat(pulses(helene))
                .singleElement()
                .satisfies(n -> assertThat(n.target()).isEqualTo(PerkTarget.of(event)));
        assertThat(pulses(zoe)).hasSize(1);
        assertThat(pulses(marc)).isEmpty();
        TestData.signIn(manager);
        PerkFigures f = operations.figures(event);
        assertThat(List.of(f.attended(), f.noShows(), f.pulsesSent())).containsExactly(2L, 1L, 2L);
        assertThat(f.attendanceRate()).isEqualTo(2 / 3.0);
    }

    @Test
    void anEventWithoutPulseOnlyThanks() {
        long event = fixtures.event(manager, "Visite", 10, inParis(2), false, null);
        long h = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        TestData.signIn(manager);
        operations.checkIn(h);
        clock.advance(Duration.ofHours(5));
        lifecycle.runOnce(alpha.id());
        assertThat(thanks(helene))
                .singleElement()
                .satisfies(n -> assertThat(n.params()).containsExactly("Visite", ""));
        assertThat(pulses(helene)).isEmpty();
    }

    @Test
    void aPersonGetsNoSecondPulseWithinTheBrandsIntervalButDoesAfterIt() {
        TestData.signIn(manager);
        operations.setPulseIntervalDays(10);

        attendAndClose("Premier", helene, zoe);
        assertThat(pulses(helene)).hasSize(1);

        clock.advance(Duration.ofDays(3));
        attendAndClose("Deuxième", helene);
        assertThat(thanks(helene)).hasSize(2);
        assertThat(pulses(helene)).as("within 10 days of the first").hasSize(1);

        clock.advance(Duration.ofDays(8));
        attendAndClose("Troisième", helene, zoe);
        assertThat(pulses(helene)).extracting(n -> n.params().getFirst()).containsExactly("Troisième", "Premier");
        assertThat(pulses(zoe)).hasSize(2);
    }

    @Test
    void aLateCheckInTurnsANoShowIntoAttendanceAndSendsTheThanksAndPulseOnce() {
        long event = fixtures.event(manager, "Concert", 10, inParis(2), true, "Thanks!");
        long h = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        long z = fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.CONFIRMED, null);
        TestData.signIn(manager);
        operations.checkIn(z);
        clock.advance(Duration.ofHours(5));
        lifecycle.runOnce(alpha.id());
        assertThat(fixtures.claimRow(alpha.id(), h).getAttendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(thanks(helene)).isEmpty();

        TestData.signIn(manager);
        operations.checkIn(h);
        operations.checkIn(h);
        lifecycle.runOnce(alpha.id());

        assertThat(fixtures.claimRow(alpha.id(), h).getAttendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(thanks(helene))
                .singleElement()
                .satisfies(n -> assertThat(n.params()).containsExactly("Concert", "Thanks!"));
        assertThat(pulses(helene)).hasSize(1);
        assertThat(thanks(zoe)).hasSize(1);
        assertThat(pulses(zoe)).hasSize(1);

        TestData.signIn(manager);
        operations.undoCheckIn(h);
        assertThat(fixtures.claimRow(alpha.id(), h).getAttendance())
                .as("back to no-show after closing")
                .isEqualTo(Attendance.NO_SHOW);
        operations.checkIn(h);
        assertThat(thanks(helene)).hasSize(1);
        assertThat(pulses(helene)).hasSize(1);
        TestData.signIn(helene);
        assertThat(engagement.myLedger(PageRequest.of(0, 20)).stream()
                        .filter(e -> e.action() == EngagementAction.ATTENDED_EVENT))
                .hasSize(1);
    }

    @Test
    void eventsFarAheadGetNoReminderAndAreNotClosed() {
        long event = fixtures.eventIn(manager, "Plus tard", 10, 72, true);
        long h = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        lifecycle.runOnce(alpha.id());
        assertThat(fixtures.perk(alpha.id(), event).getClosedAt()).isNull();
        assertThat(fixtures.perk(alpha.id(), event).getReminderSentAt()).isNull();
        assertThat(fixtures.claimRow(alpha.id(), h).getAttendance()).isNull();
    }

    /** An event starting in two hours that the given people attend, then ended and closed. */
    private void attendAndClose(String title, AuthenticatedUser... attendees) {
        long event = fixtures.event(manager, title, 10, inParis(2), true, "Merci");
        TestData.signIn(manager);
        for (AuthenticatedUser attendee : attendees) {
            long claim = fixtures.claim(alpha.id(), event, attendee.accountId(), ClaimStatus.CONFIRMED, null);
            operations.checkIn(claim);
        }
        clock.advance(Duration.ofHours(5));
        lifecycle.runOnce(alpha.id());
    }

    private LocalDateTime inParis(long hours) {
        return LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(hours)), PerksFixtures.PARIS)
                .withSecond(0)
                .withNano(0);
    }

    private List<NotificationItem> reminders(AuthenticatedUser person) {
        return fixtures.notificationsOf(person, NotificationType.PERK_EVENT_REMINDER);
    }

    private List<NotificationItem> thanks(AuthenticatedUser person) {
        return fixtures.notificationsOf(person, NotificationType.PERK_EVENT_THANKS);
    }

    private List<NotificationItem> pulses(AuthenticatedUser person) {
        return fixtures.notificationsOf(person, NotificationType.PERK_PULSE);
    }
}
