package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.Tier;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationItem;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationType;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.MutableClock;
import app.ambassade.support.MutableClockConfig;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * The "done when", end to end through the services: an event with 10 seats and a waitlist and a
 * gated article for the top tier; members claim; a cancellation promotes the first waitlisted member, who
 * is told; after the event the pulse arrives once; the figures and the CSV export are right.
 */
@AmbassadeTest
@Import(MutableClockConfig.class)
class PerkProgramScenarioTest {

    @Autowired
    TestData data;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    MemberPerks perks;

    @Autowired
    PerkOperations operations;

    @Autowired
    PerkLifecycle lifecycle;

    @Autowired
    EngagementService engagement;

    @Autowired
    NotificationService notifications;

    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        TestData.signOut();
    }

    @Test
    void seatsWaitlistPromotionGatedArticlePulseFiguresAndExportHoldTogether() throws Exception {
        TenantSummary brand = data.tenant("scenario");
        AuthenticatedUser manager = data.person(brand, Role.BRAND_MANAGER, "boss@scenario.test");
        List<AuthenticatedUser> members = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            members.add(data.person(brand, Role.MEMBER, "m" + i + "@scenario.test"));
        }
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Paris"))
                .plusDays(3)
                .withNano(0);
        long event = as(manager, () -> {
            long id = catalogue.create(PerksFixtures.eventForm("Atelier", start, start.plusHours(2), 10));
            catalogue.setStatus(id, PerkStatus.PUBLISHED);
            return id;
        });
        int topTier = as(
                manager,
                () -> catalogue.tiers().stream()
                        .max(Comparator.comparingInt(Tier::rank))
                        .orElseThrow()
                        .rank());
        long article = as(manager, () -> {
            long id = catalogue.create(new PerkForm(
                    PerkKind.CONTENT,
                    "Behind the scenes",
                    "For our most loyal members",
                    null,
                    null,
                    new PerkRules(topTier, false, Set.of(), Map.of()),
                    null,
                    false,
                    null,
                    null,
                    new ContentDetails("## The making of", null)));
            catalogue.setStatus(id, PerkStatus.PUBLISHED);
            return id;
        });

        List<ClaimStatus> outcomes = members.stream()
                .map(m -> as(m, () -> perks.claim(event).status()))
                .toList();
        assertThat(outcomes.subList(0, 10)).containsOnly(ClaimStatus.CONFIRMED);
        assertThat(outcomes.subList(10, 12)).containsOnly(ClaimStatus.WAITLISTED);

        AuthenticatedUser loyal = members.getFirst();
        assertThat(as(loyal, () -> perks.content(article))).isEmpty();
        int topThreshold = as(
                manager,
                () -> catalogue.tiers().stream().mapToInt(Tier::threshold).max().orElseThrow());
        for (int i = 0; as(loyal, () -> engagement.myStatus().points()) < topThreshold; i++) {
            engagement.record(brand.id(), loyal.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        assertThat(as(loyal, () -> perks.content(article)))
                .map(PerkContent::article)
                .contains("## The making of");
        assertThat(as(members.get(1), () -> perks.content(article))).isEmpty();

        as(members.get(4), () -> {
            perks.cancel(event);
            return null;
        });
        AuthenticatedUser firstInLine = members.get(10);
        assertThat(as(firstInLine, () -> perks.find(event))
                        .orElseThrow()
                        .claim()
                        .status())
                .isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(types(firstInLine)).contains(NotificationType.PERK_PROMOTED);
        assertThat(as(members.get(11), () -> perks.find(event))
                        .orElseThrow()
                        .claim()
                        .waitlistPosition())
                .isEqualTo(1);

        List<AuthenticatedUser> confirmed = new ArrayList<>(members.subList(0, 10));
        confirmed.remove(4);
        confirmed.add(firstInLine);
        as(manager, () -> {
            operations.claims(event, Set.of(ClaimStatus.CONFIRMED), "", PageRequest.of(0, 50)).stream()
                    .filter(row -> confirmed.subList(0, 9).stream().anyMatch(m -> m.accountId() == row.memberId()))
                    .forEach(row -> operations.checkIn(row.claimId()));
            return null;
        });

        clock.advance(Duration.ofDays(3).plusHours(3));
        lifecycle.runOnce(brand.id());
        lifecycle.runOnce(brand.id());
        for (AuthenticatedUser attendee : confirmed.subList(0, 9)) {
            assertThat(types(attendee))
                    .filteredOn(t -> t == NotificationType.PERK_PULSE)
                    .hasSize(1);
            assertThat(types(attendee))
                    .filteredOn(t -> t == NotificationType.PERK_EVENT_THANKS)
                    .hasSize(1);
        }
        AuthenticatedUser absent = confirmed.get(9);
        assertThat(types(absent)).doesNotContain(NotificationType.PERK_PULSE, NotificationType.PERK_EVENT_THANKS);
        long pulse =
                as(confirmed.getFirst(), () -> perks.pendingPulses()).getFirst().pulseId();
        as(confirmed.getFirst(), () -> {
            perks.answerPulse(pulse, 5);
            return null;
        });

        PerkFigures figures = as(manager, () -> operations.figures(event));
        assertThat(figures.confirmed()).isEqualTo(10);
        assertThat(figures.waitlisted()).isEqualTo(1);
        assertThat(figures.cancelled()).isEqualTo(1);
        assertThat(figures.attended()).isEqualTo(9);
        assertThat(figures.noShows()).isEqualTo(1);
        assertThat(figures.attendanceRate()).isEqualTo(0.9);
        assertThat(figures.pulsesSent()).isEqualTo(9);
        assertThat(figures.pulsesAnswered()).isEqualTo(1);
        assertThat(figures.averageScore()).isEqualTo(5.0);

        StringWriter csv = new StringWriter();
        as(manager, () -> {
            operations.exportCsv(event, Set.of(), csv);
            return null;
        });
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(1 + 12);
        assertThat(lines.stream()
                        .filter(l -> l.contains("m5@scenario.test"))
                        .findFirst()
                        .orElseThrow())
                .contains("CANCELLED");
        assertThat(lines.stream()
                        .filter(l -> l.contains("m12@scenario.test"))
                        .findFirst()
                        .orElseThrow())
                .contains("WAITLISTED");
        assertThat(lines.stream().filter(l -> l.contains("ATTENDED")).count()).isEqualTo(9);
        assertThat(lines.stream().filter(l -> l.contains("NO_SHOW")).count()).isEqualTo(1);
    }

    private List<NotificationType> types(AuthenticatedUser person) {
        return as(
                person,
                () -> notifications.mine(PageRequest.of(0, 50)).stream()
                        .map(NotificationItem::type)
                        .toList());
    }

    private static <T> T as(AuthenticatedUser user, Supplier<T> work) {
        TestData.signIn(user);
        try {
            return work.get();
        } finally {
            TestData.signOut();
        }
    }
}
