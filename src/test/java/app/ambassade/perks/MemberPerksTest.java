package app.ambassade.perks;

import static app.ambassade.perks.PerksFixtures.PARIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.community.CommunityForm;
import app.ambassade.community.CommunityService;
import app.ambassade.community.Visibility;
import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementEntryRow;
import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.TierInput;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationItem;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationType;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.MutableClock;
import app.ambassade.support.MutableClockConfig;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@AmbassadeTest
@Import(MutableClockConfig.class)
class MemberPerksTest {

    @Autowired
    TestData data;

    @Autowired
    MemberPerks perks;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    PerkCodeRepository codes;

    @Autowired
    PerkPulseRepository pulses;

    @Autowired
    EngagementService engagement;

    @Autowired
    CommunityService communities;

    @Autowired
    NotificationService notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    WaitlistPromoter promoter;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Autowired
    PerksFixtures fixtures;

    TenantSummary tenant;
    AuthenticatedUser manager;
    AuthenticatedUser ana;
    AuthenticatedUser bob;
    AuthenticatedUser cat;
    AuthenticatedUser dan;
    AuthenticatedUser amb;

    @BeforeEach
    void seed() {
        clock.reset();
        tenant = data.tenant("perks");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@perks.example");
        ana = data.person(tenant, Role.MEMBER, "ana@perks.example");
        bob = data.person(tenant, Role.MEMBER, "bob@perks.example");
        cat = data.person(tenant, Role.MEMBER, "cat@perks.example");
        dan = data.person(tenant, Role.MEMBER, "dan@perks.example");
        amb = data.person(tenant, Role.AMBASSADOR, "amb@perks.example");
        PerksFixtures.as(
                manager,
                () -> engagement.saveTiers(List.of(
                        new TierInput(1, "Bronze", 0, ""),
                        new TierInput(2, "Silver", 20, ""),
                        new TierInput(3, "Gold", 40, ""))));
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestData.signOut();
    }

    // --- eligibility -----------------------------------------------------------------------------

    @Test
    void eligiblePerksComeFirstAndLockedOnesShowTheExactCondition() {
        long community = PerksFixtures.as(
                manager,
                () -> communities
                        .create(new CommunityForm("Runners", "We run", Visibility.OPEN, null))
                        .id());
        Instant now = clock.instant();
        long open = fixtures.publish(
                manager,
                PerksFixtures.earlyAccessForm(
                        "Open preview", "https://shop.example.test/a", null, false, PerkRules.open()));
        long gold = fixtures.publish(
                manager,
                PerksFixtures.earlyAccessForm(
                        "Gold preview", "https://shop.example.test/b", null, false, PerksFixtures.minTier(3)));
        long ambassadors = fixtures.publish(
                manager,
                PerksFixtures.earlyAccessForm(
                        "Ambassador preview",
                        "https://shop.example.test/c",
                        null,
                        false,
                        new PerkRules(null, true, Set.of(), Map.of())));
        long runners = fixtures.publish(
                manager,
                PerksFixtures.earlyAccessForm(
                        "Runners preview",
                        "https://shop.example.test/d",
                        null,
                        false,
                        new PerkRules(null, false, Set.of(community), Map.of())));
        Instant opens = now.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        long later = fixtures.publish(
                manager,
                PerksFixtures.available(
                        PerksFixtures.earlyAccessForm(
                                "Later preview", "https://shop.example.test/e", null, false, PerkRules.open()),
                        opens,
                        null));
        long closed = fixtures.publish(
                manager,
                PerksFixtures.available(
                        PerksFixtures.earlyAccessForm(
                                "Past preview", "https://shop.example.test/f", null, false, PerkRules.open()),
                        now.minus(Duration.ofDays(3)),
                        now.minus(Duration.ofDays(1))));
        long draft = fixtures.create(
                manager,
                PerksFixtures.earlyAccessForm(
                        "Draft preview", "https://shop.example.test/g", null, false, PerkRules.open()),
                false);
        points(ana, 1);

        TestData.signIn(ana);
        List<PerkCard> cards = perks.browse(null);

        assertThat(cards).extracting(c -> c.perk().id()).first().isEqualTo(open);
        assertThat(cards)
                .extracting(c -> c.perk().id())
                .doesNotContain(closed, draft)
                .containsExactlyInAnyOrder(open, gold, ambassadors, runners, later);
        assertThat(cards.getFirst().eligibility().eligible()).isTrue();
        assertThat(lock(cards, gold)).isEqualTo(new Lock(LockReason.TIER, "Gold", 30L, null));
        assertThat(lock(cards, ambassadors).reason()).isEqualTo(LockReason.AMBASSADORS_ONLY);
        assertThat(lock(cards, runners)).isEqualTo(new Lock(LockReason.COMMUNITY, "Runners", null, null));
        assertThat(lock(cards, later)).isEqualTo(new Lock(LockReason.NOT_YET_OPEN, null, null, opens));
        assertThat(perks.find(draft)).isEmpty();
        assertThat(perks.find(closed))
                .map(c -> c.eligibility().locks().getFirst().reason())
                .contains(LockReason.CLOSED);

        assertThatThrownBy(() -> perks.claim(gold)).satisfies(refused("claim", "perk-claims.error.tier"));
        assertThatThrownBy(() -> perks.claim(ambassadors))
                .satisfies(refused("claim", "perk-claims.error.ambassadors-only"));
        assertThatThrownBy(() -> perks.claim(runners)).satisfies(refused("claim", "perk-claims.error.community"));
        assertThatThrownBy(() -> perks.claim(later)).satisfies(refused("claim", "perk-claims.error.not-yet-open"));
        assertThatThrownBy(() -> perks.claim(closed)).satisfies(refused("claim", "perk-claims.error.closed"));
        assertThatThrownBy(() -> perks.claim(draft)).isInstanceOf(PerkNotFoundException.class);

        points(ana, 3);
        communities.join(community);
        assertThat(perks.claim(gold).status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(perks.claim(runners).status()).isEqualTo(ClaimStatus.CONFIRMED);
        TestData.signIn(amb);
        assertThat(perks.claim(ambassadors).status()).isEqualTo(ClaimStatus.CONFIRMED);
    }

    @Test
    void theTopTierMayClaim48HoursBeforeTheOthers() {
        Instant opens = clock.instant().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.SECONDS);
        PerkForm form = PerksFixtures.available(
                PerksFixtures.earlyAccessForm(
                        "Preview",
                        "https://shop.example.test/p",
                        "EARLY",
                        false,
                        new PerkRules(null, false, Set.of(), Map.of(3, 48))),
                opens,
                null);
        long id = fixtures.publish(manager, form);
        points(ana, 4);

        TestData.signIn(ana);
        assertThat(perks.find(id).orElseThrow().eligibility())
                .isEqualTo(new Eligibility(List.of(), opens.minus(Duration.ofHours(48))));
        assertThat(perks.claim(id).status()).isEqualTo(ClaimStatus.CONFIRMED);

        TestData.signIn(bob);
        assertThat(perks.find(id).orElseThrow().eligibility().locks())
                .containsExactly(new Lock(LockReason.NOT_YET_OPEN, null, null, opens));
        assertThatThrownBy(() -> perks.claim(id)).satisfies(refused("claim", "perk-claims.error.not-yet-open"));

        clock.advance(Duration.ofHours(25));
        assertThat(perks.claim(id).status()).isEqualTo(ClaimStatus.CONFIRMED);
    }

    // --- events: seats, waitlist, cancellation ---------------------------------------------------

    @Test
    void aCancellationPromotesTheFirstWaitlistedMemberWhoIsNotifiedAndCredited() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Workshop", inDays(10, 19), PARIS, 2, true, 24));

        assertThat(claimAs(ana, id)).isEqualTo(new ClaimOutcome(ClaimStatus.CONFIRMED, null));
        assertThat(claimAs(bob, id)).isEqualTo(new ClaimOutcome(ClaimStatus.CONFIRMED, null));
        assertThat(claimAs(cat, id)).isEqualTo(new ClaimOutcome(ClaimStatus.WAITLISTED, 1));
        assertThat(claimAs(dan, id)).isEqualTo(new ClaimOutcome(ClaimStatus.WAITLISTED, 2));
        assertThat(fixtures.view(manager, id).taken()).isEqualTo(2);
        assertThat(ledger(cat)).isEmpty();

        TestData.signIn(ana);
        perks.cancel(id);

        assertThat(fixtures.view(manager, id).taken()).isEqualTo(2);
        assertThat(PerksFixtures.as(ana, () -> perks.find(id)).orElseThrow().claim())
                .isNull();
        MyClaim cats = PerksFixtures.as(cat, () -> perks.find(id)).orElseThrow().claim();
        assertThat(cats.status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(cats.waitlistPosition()).isNull();
        MyClaim dans = PerksFixtures.as(dan, () -> perks.find(id)).orElseThrow().claim();
        assertThat(dans.status()).isEqualTo(ClaimStatus.WAITLISTED);
        assertThat(dans.waitlistPosition()).isEqualTo(1);

        List<NotificationItem> told = PerksFixtures.as(
                cat, () -> notifications.mine(PageRequest.of(0, 10)).getContent());
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.PERK_PROMOTED);
            assertThat(n.params()).containsExactly("Workshop");
            assertThat(n.target()).isEqualTo(PerkTarget.of(id));
        });
        assertThat(ledger(cat))
                .extracting(EngagementEntryRow::action, EngagementEntryRow::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EngagementAction.CLAIMED_PERK, "perk:" + id));
        assertThat(ledger(dan)).isEmpty();
        assertThat(PerksFixtures.as(
                        dan, () -> notifications.mine(PageRequest.of(0, 10)).getContent()))
                .isEmpty();
    }

    @Test
    void cancellingAWaitlistPlaceMovesTheOthersUpAndFreesNoSeat() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Dinner", inDays(10, 20), PARIS, 1, true, 24));
        claimAs(ana, id);
        claimAs(bob, id);
        claimAs(cat, id);

        PerksFixtures.as(bob, () -> {
            perks.cancel(id);
            return null;
        });

        assertThat(PerksFixtures.as(ana, () -> perks.find(id))
                        .orElseThrow()
                        .claim()
                        .status())
                .isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(PerksFixtures.as(cat, () -> perks.find(id))
                        .orElseThrow()
                        .claim()
                        .waitlistPosition())
                .isEqualTo(1);
        assertThat(fixtures.view(manager, id).taken()).isEqualTo(1);
    }

    @Test
    void raisingTheCapacityConfirmsWaitlistedMembersInOrder() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Atelier", inDays(8, 10), PARIS, 1, true, 0));
        claimAs(ana, id);
        claimAs(bob, id);
        claimAs(cat, id);
        claimAs(dan, id);
        PerksFixtures.as(manager, () -> {
            PerkForm form = catalogue.form(id);
            catalogue.update(
                    id,
                    new PerkForm(
                            form.kind(),
                            form.title(),
                            form.description(),
                            form.availableFrom(),
                            form.availableUntil(),
                            form.rules(),
                            3,
                            true,
                            form.access(),
                            form.event(),
                            form.content()));
            return null;
        });

        assertThat(PerksFixtures.as(bob, () -> perks.find(id))
                        .orElseThrow()
                        .claim()
                        .status())
                .isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(PerksFixtures.as(cat, () -> perks.find(id))
                        .orElseThrow()
                        .claim()
                        .status())
                .isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(fixtures.view(manager, id).taken()).isEqualTo(3);
        assertThat(PerksFixtures.as(dan, () -> perks.find(id))
                        .orElseThrow()
                        .claim()
                        .waitlistPosition())
                .isEqualTo(1);
        assertThat(PerksFixtures.as(
                        cat, () -> notifications.mine(PageRequest.of(0, 5)).getContent()))
                .extracting(NotificationItem::type)
                .containsExactly(NotificationType.PERK_PROMOTED);
        assertThat(promote(id)).isEmpty();
    }

    @Test
    void aFullEventWithoutWaitlistRefusesAndSavesNothing() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Tasting", inDays(5, 18), PARIS, 1, false, 0));
        claimAs(ana, id);

        TestData.signIn(bob);
        assertThatThrownBy(() -> perks.claim(id)).satisfies(refused("claim", "perk-claims.error.full"));
        assertThat(perks.find(id).orElseThrow().claim()).isNull();
        assertThat(perks.mine()).isEmpty();
        assertThat(fixtures.view(manager, id).taken()).isEqualTo(1);
    }

    @Test
    void aSecondClaimIsRefusedAndACancelledSeatCanBeClaimedAgainOnTheSameRow() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Concert", inDays(10, 21), PARIS, 5, false, 24));
        TestData.signIn(ana);
        perks.claim(id);
        long claimId = perks.find(id).orElseThrow().claim().claimId();

        assertThatThrownBy(() -> perks.claim(id)).satisfies(refused("claim", "perk-claims.error.already-claimed"));
        perks.cancel(id);
        assertThat(fixtures.view(manager, id).taken()).isZero();
        assertThatThrownBy(() -> perks.cancel(id)).satisfies(refused("cancel", "perk-claims.error.not-cancellable"));

        assertThat(perks.claim(id).status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(perks.find(id).orElseThrow().claim().claimId()).isEqualTo(claimId);
        assertThat(fixtures.view(manager, id).taken()).isEqualTo(1);
        assertThat(ledger(ana)).hasSize(1);
    }

    @Test
    void cancellingIsRefusedAfterTheCutOff() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Gala", inDays(3, 19), PARIS, 5, true, 48));
        TestData.signIn(ana);
        perks.claim(id);
        MyClaim mine = perks.find(id).orElseThrow().claim();
        assertThat(mine.cancellable()).isTrue();
        assertThat(mine.cancelUntil())
                .isEqualTo(fixtures.view(manager, id).event().startsAt().minus(Duration.ofHours(48)));

        clock.advance(Duration.ofDays(2));

        assertThat(perks.find(id).orElseThrow().claim().cancellable()).isFalse();
        assertThatThrownBy(() -> perks.cancel(id)).satisfies(refused("cancel", "perk-claims.error.cancel-cutoff"));
        assertThat(perks.find(id).orElseThrow().claim().status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(fixtures.view(manager, id).taken()).isEqualTo(1);
    }

    @Test
    void anEventInParisKeepsItsInstantWhateverTheViewer() {
        LocalDateTime local = inDays(20, 19);
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Paris night", local, PARIS, 10, false, 0));
        Instant expected = local.atZone(PARIS).toInstant();

        EventInfo forAna =
                PerksFixtures.as(ana, () -> perks.find(id)).orElseThrow().perk().event();
        EventInfo forAmb =
                PerksFixtures.as(amb, () -> perks.find(id)).orElseThrow().perk().event();

        assertThat(forAna).isEqualTo(forAmb);
        assertThat(forAna.startsAt()).isEqualTo(expected);
        assertThat(forAna.zone()).isEqualTo(PARIS);
        ZoneId montreal = ZoneId.of("America/Montreal");
        String montrealTime = expected.atZone(montreal).toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(montrealTime).isNotEqualTo("19:00");
        assertThat(Formats.dateTime(forAna.startsAt(), Locale.FRENCH, montreal)).contains(montrealTime);
        assertThat(Formats.dateTime(forAna.startsAt(), Locale.FRENCH, PARIS)).contains("19:00");
    }

    // --- early access and codes ------------------------------------------------------------------

    @Test
    void theLinkAndSharedCodeAreRevealedOnlyOnceClaimed() {
        long id = fixtures.publish(
                manager,
                PerksFixtures.earlyAccessForm(
                        "Preview", "https://shop.example.test/early", "VIP-2026", false, PerkRules.open()));
        TestData.signIn(ana);
        assertThat(perks.find(id).orElseThrow().claim()).isNull();

        perks.claim(id);

        MyClaim mine = perks.find(id).orElseThrow().claim();
        assertThat(mine.accessLink()).isEqualTo("https://shop.example.test/early");
        assertThat(mine.sharedCode()).isEqualTo("VIP-2026");
        assertThat(mine.code()).isNull();
        assertThat(mine.cancellable()).isFalse();
        assertThatThrownBy(() -> perks.cancel(id)).satisfies(refused("cancel", "perk-claims.error.not-cancellable"));
    }

    @Test
    void singleUseCodesGoToOneMemberEachAndNoneLeftRefusesTheClaim() {
        long id = fixtures.publish(
                manager,
                PerksFixtures.earlyAccessForm("Codes", null, null, true, PerkRules.open()),
                "CODE-1",
                "CODE-2");

        claimAs(ana, id);
        claimAs(bob, id);
        String anas = PerksFixtures.as(ana, () -> perks.find(id))
                .orElseThrow()
                .claim()
                .code();
        String bobs = PerksFixtures.as(bob, () -> perks.find(id))
                .orElseThrow()
                .claim()
                .code();

        assertThat(List.of(anas, bobs)).containsExactlyInAnyOrder("CODE-1", "CODE-2");
        TestData.signIn(cat);
        assertThatThrownBy(() -> perks.claim(id)).satisfies(refused("claim", "perk-claims.error.no-codes-left"));
        assertThat(perks.find(id).orElseThrow().claim()).isNull();
        assertThat(fixtures.view(manager, id).taken()).isEqualTo(2);

        fixtures.addCodes(tenant.id(), id, "CODE-3");
        assertThat(perks.claim(id).status()).isEqualTo(ClaimStatus.CONFIRMED);
        assertThat(perks.find(id).orElseThrow().claim().code()).isEqualTo("CODE-3");
    }

    // --- co-creation -----------------------------------------------------------------------------

    @Test
    void membersApplyWithAMotivationAndMayWithdrawWhileTheApplicationIsOpen() {
        long id = fixtures.publish(manager, PerksFixtures.coCreationForm("Design lab", 3));
        TestData.signIn(ana);

        assertThatThrownBy(() -> perks.apply(id, "  short  ")).satisfies(refused("motivation", "validation.too-short"));
        assertThatThrownBy(() -> perks.apply(id, "x".repeat(1001)))
                .satisfies(refused("motivation", "validation.too-long"));
        assertThatThrownBy(() -> perks.claim(id)).satisfies(refused("claim", "perk-claims.error.wrong-kind"));
        assertThat(perks.find(id).orElseThrow().claim()).isNull();

        assertThat(perks.apply(id, "I design shoes for a living"))
                .isEqualTo(new ClaimOutcome(ClaimStatus.APPLIED, null));
        assertThat(perks.mine()).extracting(c -> c.claim().status()).containsExactly(ClaimStatus.APPLIED);
        assertThat(perks.mine().getFirst().claim().cancellable()).isTrue();
        assertThat(ledger(ana)).extracting(EngagementEntryRow::reference).containsExactly("perk:" + id);
        assertThatThrownBy(() -> perks.apply(id, "Once more, with feeling"))
                .satisfies(refused("claim", "perk-claims.error.already-claimed"));

        perks.cancel(id);
        assertThat(perks.mine()).isEmpty();
        assertThat(perks.apply(id, "Changed my mind, count me in").status()).isEqualTo(ClaimStatus.APPLIED);
        assertThat(ledger(ana)).hasSize(1);

        long event = fixtures.publish(manager, PerksFixtures.eventForm("Talk", inDays(4, 18), PARIS, 3, false, 0));
        assertThatThrownBy(() -> perks.apply(event, "A long enough motivation"))
                .satisfies(refused("claim", "perk-claims.error.wrong-kind"));
    }

    // --- dedicated content -----------------------------------------------------------------------

    @Test
    void gatedContentOpensOnlyForEligibleMembersEvenByDirectCallAndRecordsOneClaim() {
        long id = fixtures.create(
                manager,
                PerksFixtures.contentForm("Gold guide", "# For you\nOnly **gold**.", PerksFixtures.minTier(3)),
                false);
        PerksFixtures.as(manager, () -> {
            catalogue.setFile(id, new FileUpload("guide.pdf", "%PDF-1.4 guide".getBytes(StandardCharsets.US_ASCII)));
            return null;
        });
        TestData.signIn(ana);
        points(ana, 4);
        assertThat(perks.content(id)).as("a draft").isEmpty();

        PerksFixtures.as(manager, () -> {
            catalogue.setStatus(id, PerkStatus.PUBLISHED);
            return null;
        });

        TestData.signIn(bob);
        assertThat(perks.content(id)).isEmpty();
        assertThat(perks.file(id)).isEmpty();
        assertThat(perks.find(id).orElseThrow().claim()).isNull();

        TestData.signIn(ana);
        assertThat(perks.content(id))
                .contains(
                        new PerkContent("# For you\nOnly **gold**.", "https://video.example.test/watch", "guide.pdf"));
        assertThat(perks.content(id)).isPresent();
        assertThat(perks.file(id)).map(StoredFile::contentType).contains("application/pdf");
        assertThat(perks.mine())
                .singleElement()
                .satisfies(c -> assertThat(c.claim().status()).isEqualTo(ClaimStatus.CONFIRMED));
        assertThat(ledger(ana)).extracting(EngagementEntryRow::action).containsOnlyOnce(EngagementAction.CLAIMED_PERK);
    }

    // --- calendar --------------------------------------------------------------------------------

    @Test
    void theCalendarFileIsInUtcEscapedFoldedAndOnlyForAConfirmedSeat() {
        LocalDateTime local = inDays(15, 19);
        PerkForm form = PerksFixtures.eventForm("Launch; party, with \\ friends", local, PARIS, 1, true, 0);
        String description = "Bring a friend.\nDress code: smart, casual; é".repeat(3);
        form = new PerkForm(
                form.kind(),
                form.title(),
                description,
                null,
                null,
                PerkRules.open(),
                1,
                true,
                null,
                new EventDetails(
                        local,
                        local.plusHours(3),
                        "Europe/Paris",
                        "12, rue de la Paix; Paris",
                        "https://live.example.test/launch",
                        0,
                        null,
                        false),
                null);
        long id = fixtures.publish(manager, form);
        claimAs(ana, id);
        claimAs(bob, id);

        String ics = PerksFixtures.as(ana, () -> perks.calendar(id)).orElseThrow();

        List<String> lines = Arrays.asList(ics.split("\r\n", -1));
        assertThat(ics).endsWith("\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        String start = PerkIcs.utc(local.atZone(PARIS).toInstant());
        assertThat(start).endsWith("Z");
        assertThat(unfolded)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("UID:perk-" + id + "-" + tenant.id() + "@ambassade\r\n")
                .contains("DTSTART:" + start + "\r\n")
                .contains(
                        "DTEND:" + PerkIcs.utc(local.plusHours(3).atZone(PARIS).toInstant()) + "\r\n")
                .contains("SUMMARY:Launch\\; party\\, with \\\\ friends\r\n")
                .contains("LOCATION:12\\, rue de la Paix\\; Paris\r\n")
                .contains("URL:https://live.example.test/launch\r\n")
                .contains("DESCRIPTION:Bring a friend.\\nDress code: smart\\, casual\\; éBring")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(PerksFixtures.as(ana, () -> perks.calendar(id)))
                .map(s -> s.replaceAll("DTSTAMP:[0-9TZ]+", ""))
                .contains(ics.replaceAll("DTSTAMP:[0-9TZ]+", ""));

        assertThat(PerksFixtures.as(bob, () -> perks.calendar(id)))
                .as("waitlisted")
                .isEmpty();
        assertThat(PerksFixtures.as(cat, () -> perks.calendar(id)))
                .as("no claim")
                .isEmpty();
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        PerkIcs.line(out, "DESCRIPTION:" + "é".repeat(100));

        String[] lines = out.toString().split("\r\n");
        assertThat(lines)
                .allSatisfy(l ->
                        assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "é".repeat(100) + "\r\n");
        assertThat(lines[0].getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(74);
    }

    // --- pulses ----------------------------------------------------------------------------------

    @Test
    void aMemberAnswersTheirOwnPulseOnce() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Meetup", inDays(2, 18), PARIS, 5, false, 0));
        Instant sent = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        long anas = fixtures.pulse(tenant.id(), id, ana.accountId(), sent);
        long bobs = fixtures.pulse(tenant.id(), id, bob.accountId(), sent);

        TestData.signIn(ana);
        assertThat(perks.pendingPulses()).containsExactly(new PendingPulse(anas, id, "Meetup", sent));
        assertThatThrownBy(() -> perks.answerPulse(anas, 6)).satisfies(refused("score", "perk-claims.error.score"));
        assertThatThrownBy(() -> perks.answerPulse(anas, 0)).satisfies(refused("score", "perk-claims.error.score"));
        assertThatThrownBy(() -> perks.answerPulse(bobs, 5)).isInstanceOf(PerkNotFoundException.class);

        perks.answerPulse(anas, 4);

        assertThat(perks.pendingPulses()).isEmpty();
        assertThatThrownBy(() -> perks.answerPulse(anas, 5))
                .satisfies(refused("score", "perk-claims.error.pulse-answered"));
        assertThat(PerksFixtures.as(bob, () -> perks.pendingPulses()))
                .extracting(PendingPulse::pulseId)
                .containsExactly(bobs);
        assertThat(fixtures.score(tenant.id(), anas)).isEqualTo(4);
        assertThat(fixtures.score(tenant.id(), bobs)).isNull();
    }

    // --- lists and roles -------------------------------------------------------------------------

    @Test
    void myPerksListMyClaimsNewestFirstAndBrowseFiltersByKind() {
        long event = fixtures.publish(manager, PerksFixtures.eventForm("Run", inDays(6, 8), PARIS, 5, false, 0));
        long preview = fixtures.publish(
                manager,
                PerksFixtures.earlyAccessForm("Preview", "https://shop.example.test/x", null, false, PerkRules.open()));
        long lab = fixtures.publish(manager, PerksFixtures.coCreationForm("Lab", 2));
        TestData.signIn(ana);
        perks.claim(event);
        clock.advance(Duration.ofSeconds(2));
        perks.claim(preview);
        clock.advance(Duration.ofSeconds(2));
        perks.apply(lab, "Ten characters at least");

        assertThat(perks.mine()).extracting(c -> c.perk().id()).containsExactly(lab, preview, event);
        assertThat(perks.browse(PerkKind.EVENT)).extracting(c -> c.perk().id()).containsExactly(event);
        assertThat(perks.browse(PerkKind.CO_CREATION))
                .extracting(c -> c.perk().id())
                .containsExactly(lab);
        PerksFixtures.as(manager, () -> {
            catalogue.setStatus(preview, PerkStatus.ARCHIVED);
            return null;
        });
        assertThat(perks.mine()).extracting(c -> c.perk().id()).containsExactly(lab, preview, event);
        assertThat(perks.browse(null)).extracting(c -> c.perk().id()).doesNotContain(preview);
        assertThat(PerksFixtures.as(bob, () -> perks.find(preview)))
                .as("archived, no claim")
                .isEmpty();
    }

    @Test
    void browsingCostsTheSameStatementsFor3Or12PerksWithClaimsCodesAndWaitlists() {
        TestData.signIn(ana);
        perks.browse(null);
        addPerksWithMyClaims(1);
        long few = statementsOf(() -> assertThat(perks.browse(null)).hasSize(3));
        long fewMine = statementsOf(() -> assertThat(perks.mine()).hasSize(3));
        addPerksWithMyClaims(3);
        long many = statementsOf(() -> assertThat(perks.browse(null)).hasSize(12));
        long manyMine = statementsOf(() -> assertThat(perks.mine()).hasSize(12));

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(20);
        assertThat(manyMine).isEqualTo(fewMine).isLessThanOrEqualTo(20);
    }

    /** Per round: a full event where ana waits, an early access with her code, a content she opened. */
    private void addPerksWithMyClaims(int rounds) {
        for (int i = 0; i < rounds; i++) {
            long event =
                    fixtures.publish(manager, PerksFixtures.eventForm("Full " + i, inDays(9, 18), PARIS, 1, true, 0));
            claimAs(bob, event);
            claimAs(ana, event);
            long codes = fixtures.publish(
                    manager,
                    PerksFixtures.earlyAccessForm("Codes " + i, null, null, true, PerkRules.open()),
                    "C" + i + "-" + java.util.UUID.randomUUID());
            claimAs(ana, codes);
            long content =
                    fixtures.publish(manager, PerksFixtures.contentForm("Guide " + i, "Read me", PerkRules.open()));
            PerksFixtures.as(ana, () -> perks.content(content));
        }
    }

    private long statementsOf(Runnable work) {
        org.hibernate.stat.Statistics statistics =
                entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void brandManagersUseTheCatalogueNotTheMemberSide() {
        long id = fixtures.publish(manager, PerksFixtures.eventForm("Expo", inDays(6, 8), PARIS, 5, false, 0));
        TestData.signIn(manager);
        assertThatThrownBy(() -> perks.browse(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> perks.claim(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> perks.pendingPulses()).isInstanceOf(AccessDeniedException.class);
        TestData.signOut();
        assertThatThrownBy(() -> perks.find(id)).isInstanceOf(RuntimeException.class);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private LocalDateTime inDays(int days, int hour) {
        return LocalDateTime.ofInstant(clock.instant(), PARIS)
                .toLocalDate()
                .plusDays(days)
                .atTime(hour, 0);
    }

    /** What the brand side does after raising the capacity: promote within its own transaction, in the tenant. */
    private List<Long> promote(long perkId) {
        return app.ambassade.tenancy.TenantContext.callAs(
                tenant.id(), () -> transactions.<List<Long>>execute(status -> promoter.promote(perkId)));
    }

    private ClaimOutcome claimAs(AuthenticatedUser who, long perkId) {
        return PerksFixtures.as(who, () -> perks.claim(perkId));
    }

    /** Gives the person this many posts' worth of points (10 each). */
    private void points(AuthenticatedUser who, int posts) {
        for (int i = 0; i < posts; i++) {
            engagement.record(
                    tenant.id(),
                    who.accountId(),
                    EngagementAction.POSTED,
                    "post:" + who.accountId() + ":" + java.util.UUID.randomUUID(),
                    "");
        }
    }

    private List<EngagementEntryRow> ledger(AuthenticatedUser who) {
        return PerksFixtures.as(
                        who, () -> engagement.myLedger(PageRequest.of(0, 50)).getContent())
                .stream()
                .filter(e -> e.action() == EngagementAction.CLAIMED_PERK)
                .toList();
    }

    private static Lock lock(List<PerkCard> cards, long perkId) {
        return cards.stream()
                .filter(c -> c.perk().id() == perkId)
                .findFirst()
                .orElseThrow()
                .eligibility()
                .locks()
                .getFirst();
    }

    static java.util.function.Consumer<Throwable> refused(String field, String key) {
        return e -> assertThat(e)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsEntry(field, key));
    }
}
