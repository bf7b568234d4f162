package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationType;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.Race;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Check-in and the end of events on the real MariaDB, with tablets and nodes racing. */
@MariaDbTest
class PerkCheckInIT {

    @Autowired
    TestData data;

    @Autowired
    PerksFixtures fixtures;

    @Autowired
    PerkOperations operations;

    @Autowired
    PerkLifecycle lifecycle;

    @Autowired
    EngagementService engagement;

    @Autowired
    CheckInRecorder recorder;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void twoTabletsCheckingInTheSamePersonAtOnceRecordOneAttendanceAndOneLedgerEntry() throws Exception {
        TenantSummary tenant = data.tenant("checkin");
        AuthenticatedUser manager = data.person(tenant, Role.BRAND_MANAGER, "boss@checkin.example");
        long event = fixtures.eventIn(manager, "Soirée", 10, 1, false);
        List<AuthenticatedUser> attendees = new ArrayList<>();
        List<Long> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AuthenticatedUser a =
                    fixtures.person(tenant, Role.MEMBER, "a" + i + "@checkin.example", "Attendee " + i, Locale.FRENCH);
            attendees.add(a);
            claims.add(fixtures.claim(tenant.id(), event, a.accountId(), ClaimStatus.CONFIRMED, null));
        }

        for (long claim : claims) {
            List<Boolean> done = Race.run(claim == claims.getFirst() ? 8 : 2, () -> {
                TestData.signIn(manager);
                try {
                    operations.checkIn(claim);
                    return true;
                } finally {
                    TestData.signOut();
                }
            });
            assertThat(done).containsOnly(true);
        }

        for (int i = 0; i < attendees.size(); i++) {
            AuthenticatedUser a = attendees.get(i);
            assertThat(fixtures.claimRow(tenant.id(), claims.get(i)).getAttendance())
                    .isEqualTo(Attendance.ATTENDED);
            assertThat(recorder.committed(event, a.accountId()))
                    .as("check-ins that won")
                    .isEqualTo(1);
            TestData.signIn(a);
            assertThat(engagement.myLedger(PageRequest.of(0, 20)).stream()
                            .filter(e -> e.action() == EngagementAction.ATTENDED_EVENT
                                    && e.reference().equals("perk:" + event)))
                    .hasSize(1);
        }
        TestData.signIn(manager);
        assertThat(operations.figures(event).attended()).isEqualTo(4);
    }

    @Test
    void nodesClosingTheSameEventsAtOnceSendOneThankYouAndOnePulsePerAttendee() throws Exception {
        TenantSummary tenant = data.tenant("closing");
        AuthenticatedUser manager = data.person(tenant, Role.BRAND_MANAGER, "boss@closing.example");
        List<AuthenticatedUser> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(
                    fixtures.person(tenant, Role.MEMBER, "p" + i + "@closing.example", "Person " + i, Locale.FRENCH));
        }
        List<Long> events = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            long event = fixtures.eventIn(manager, "Soirée " + e, 10, 1, true);
            events.add(event);
            for (int i = 0; i < people.size(); i++) {
                long claim = fixtures.claim(tenant.id(), event, people.get(i).accountId(), ClaimStatus.CONFIRMED, null);
                if (i < 4) {
                    TestData.signIn(manager);
                    operations.checkIn(claim);
                }
            }
            fixtures.moveEventToPast(tenant.id(), event);
        }
        TestData.signOut();

        Race.run(4, () -> {
            lifecycle.runOnce(tenant.id());
            return true;
        });

        for (int i = 0; i < people.size(); i++) {
            AuthenticatedUser p = people.get(i);
            int expectedThanks = i < 4 ? events.size() : 0;
            assertThat(fixtures.notificationsOf(p, NotificationType.PERK_EVENT_THANKS))
                    .as("thanks to %s", p.email())
                    .hasSize(expectedThanks);
            assertThat(fixtures.notificationsOf(p, NotificationType.PERK_PULSE))
                    .as("pulses to %s", p.email())
                    .hasSize(i < 4 ? 1 : 0);
        }
        TestData.signIn(manager);
        for (long event : events) {
            PerkFigures f = operations.figures(event);
            assertThat(List.of(f.attended(), f.noShows())).containsExactly(4L, 2L);
        }
        assertThat(events.stream()
                        .mapToLong(e -> operations.figures(e).pulsesSent())
                        .sum())
                .isEqualTo(4);
    }
}
