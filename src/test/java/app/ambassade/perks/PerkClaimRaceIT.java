package app.ambassade.perks;

import static app.ambassade.perks.PerksFixtures.PARIS;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.Race;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Limited places on the real MariaDB: many members claim, cancel and re-claim at the same instant, and the
 * database alone decides. Never more confirmed than seats, never a code twice, never a member twice.
 */
@MariaDbTest
class PerkClaimRaceIT {

    private static final int MEMBERS = 50;
    private static final int SEATS = 10;

    @Autowired
    TestData data;

    @Autowired
    MemberPerks perks;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    PerkCodeRepository codes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PerksFixtures fixtures;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void fiftyMembersRacingForTenSeatsGetExactlyTenConfirmedAndFortyWaitlisted() throws Exception {
        Brand brand = brand("race-seats", MEMBERS);
        long event = brand.fixtures()
                .publish(brand.manager(), PerksFixtures.eventForm("Ten seats", start(), PARIS, SEATS, true, 0));

        List<String> outcomes = race(
                brand.members(), member -> () -> perks.claim(event).status().name());

        assertThat(outcomes).filteredOn("CONFIRMED"::equals).hasSize(SEATS);
        assertThat(outcomes).filteredOn("WAITLISTED"::equals).hasSize(MEMBERS - SEATS);
        assertThat(taken(event)).isEqualTo(SEATS);
        assertThat(claims(event))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("CONFIRMED", (long) SEATS, "WAITLISTED", (long) (MEMBERS - SEATS)));
        assertThat(jdbc.queryForObject(
                        "select count(distinct member_id) from perk_claim where perk_id = ?", Long.class, event))
                .isEqualTo(MEMBERS);
        List<Integer> positions = brand.members().stream()
                .map(m -> PerksFixtures.as(m, () -> perks.find(event))
                        .orElseThrow()
                        .claim()
                        .waitlistPosition())
                .filter(p -> p != null)
                .sorted()
                .toList();
        assertThat(positions)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, MEMBERS - SEATS).boxed().toList());
    }

    @Test
    void fiftyMembersRacingForTenSingleUseCodesGetTenDistinctCodesAndFortyRefusals() throws Exception {
        Brand brand = brand("race-codes", MEMBERS);
        String[] tenCodes =
                IntStream.rangeClosed(1, SEATS).mapToObj(i -> "RACE-" + i).toArray(String[]::new);
        long early = brand.fixtures()
                .publish(
                        brand.manager(),
                        PerksFixtures.earlyAccessForm("Ten codes", null, null, true, PerkRules.open()),
                        tenCodes);

        List<String> outcomes = race(brand.members(), member -> () -> {
            perks.claim(early);
            return perks.find(early).orElseThrow().claim().code();
        });

        List<String> handedOut =
                outcomes.stream().filter(o -> o.startsWith("RACE-")).toList();
        assertThat(handedOut).hasSize(SEATS).doesNotHaveDuplicates().containsExactlyInAnyOrder(tenCodes);
        assertThat(outcomes)
                .filteredOn("perk-claims.error.no-codes-left"::equals)
                .hasSize(MEMBERS - SEATS);
        assertThat(claims(early)).containsExactlyEntriesOf(Map.of("CONFIRMED", (long) SEATS));
        assertThat(jdbc.queryForObject(
                        "select count(*) from perk_code where perk_id = ? and claim_id is not null", Long.class, early))
                .isEqualTo(SEATS);
        assertThat(jdbc.queryForList(
                        "select claim_id from perk_code where perk_id = ? and claim_id is not null"
                                + " group by claim_id having count(*) > 1",
                        Long.class,
                        early))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from perk_claim c join perk_code k on k.claim_id = c.id"
                                + " and k.tenant_id = c.tenant_id where c.perk_id = ? and c.status = 'CONFIRMED'",
                        Long.class,
                        early))
                .isEqualTo(SEATS);
        assertThat(taken(early)).isEqualTo(SEATS);
    }

    @Test
    void simultaneousCancellationsPromoteExactlyAsManyWaitlistedMembersAndNeverExceedTheSeats() throws Exception {
        Brand brand = brand("race-cancel", 30);
        long event = brand.fixtures()
                .publish(brand.manager(), PerksFixtures.eventForm("Cancel race", start(), PARIS, SEATS, true, 1));
        for (AuthenticatedUser member : brand.members()) {
            PerksFixtures.as(member, () -> perks.claim(event));
        }
        List<AuthenticatedUser> confirmed = brand.members().subList(0, SEATS);
        List<AuthenticatedUser> waitlisted = brand.members().subList(SEATS, 30);

        List<String> outcomes = race(confirmed, member -> () -> {
            perks.cancel(event);
            return "cancelled";
        });

        assertThat(outcomes).containsOnly("cancelled").hasSize(SEATS);
        assertThat(taken(event)).isEqualTo(SEATS);
        assertThat(claims(event))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "CANCELLED", (long) SEATS, "CONFIRMED", (long) SEATS, "WAITLISTED", (long) (30 - 2 * SEATS)));
        assertThat(statusOf(event, waitlisted.subList(0, SEATS))).containsOnly("CONFIRMED");
        assertThat(statusOf(event, waitlisted.subList(SEATS, waitlisted.size())))
                .containsOnly("WAITLISTED");
        assertThat(jdbc.queryForList(
                        "select recipient_id from notification where tenant_id = ? and type = 'PERK_PROMOTED'",
                        Long.class,
                        brand.tenant().id()))
                .containsExactlyInAnyOrderElementsOf(waitlisted.subList(0, SEATS).stream()
                        .map(AuthenticatedUser::accountId)
                        .toList());

        // cancellations and new claims at the same instant: whatever the interleaving, seats == confirmed <= capacity
        List<AuthenticatedUser> mixed = new ArrayList<>(waitlisted.subList(0, 5));
        mixed.addAll(brand.extra(10));
        List<String> second = race(mixed, member -> () -> {
            boolean holdsSeat = waitlisted.subList(0, 5).contains(member);
            if (holdsSeat) {
                perks.cancel(event);
                return "cancelled";
            }
            return perks.claim(event).status().name();
        });
        assertThat(second).filteredOn("cancelled"::equals).hasSize(5);
        assertThat(second).filteredOn("CONFIRMED"::equals).isEmpty();
        assertThat(taken(event)).isEqualTo(SEATS);
        assertThat(claims(event).get("CONFIRMED")).isEqualTo(SEATS);
        assertThat(claims(event).get("WAITLISTED")).isEqualTo(30 - 2 * SEATS - 5 + 10);
    }

    @Test
    void theSameMemberClaimingManyTimesAtOnceGetsOneClaimAlsoWhenClaimingAgainAfterCancelling() throws Exception {
        Brand brand = brand("race-self", 1);
        AuthenticatedUser ana = brand.members().getFirst();
        long event = brand.fixtures()
                .publish(brand.manager(), PerksFixtures.eventForm("Double tap", start(), PARIS, 5, true, 1));
        List<AuthenticatedUser> sameMember = java.util.Collections.nCopies(8, ana);

        List<String> first =
                race(sameMember, member -> () -> perks.claim(event).status().name());

        assertThat(first).filteredOn("CONFIRMED"::equals).hasSize(1);
        assertThat(first)
                .filteredOn("perk-claims.error.already-claimed"::equals)
                .hasSize(7);
        assertThat(taken(event)).isEqualTo(1);

        PerksFixtures.as(ana, () -> {
            perks.cancel(event);
            return null;
        });
        assertThat(taken(event)).isZero();
        List<String> again =
                race(sameMember, member -> () -> perks.claim(event).status().name());

        assertThat(again).filteredOn("CONFIRMED"::equals).hasSize(1);
        assertThat(again)
                .filteredOn("perk-claims.error.already-claimed"::equals)
                .hasSize(7);
        assertThat(claims(event)).containsExactlyEntriesOf(Map.of("CONFIRMED", 1L));
        assertThat(jdbc.queryForObject("select count(*) from perk_claim where perk_id = ?", Long.class, event))
                .isOne();
        assertThat(taken(event)).isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    record Brand(
            TenantSummary tenant,
            AuthenticatedUser manager,
            List<AuthenticatedUser> members,
            PerksFixtures fixtures,
            TestData data) {

        List<AuthenticatedUser> extra(int count) {
            return IntStream.range(0, count)
                    .mapToObj(i -> data.person(tenant, Role.MEMBER, "late" + i + "@" + tenant.slug() + ".example"))
                    .toList();
        }
    }

    private Brand brand(String prefix, int members) {
        TenantSummary tenant = data.tenant(prefix);
        AuthenticatedUser manager = data.person(tenant, Role.BRAND_MANAGER, "boss@" + tenant.slug() + ".example");
        List<AuthenticatedUser> people = IntStream.range(0, members)
                .mapToObj(i -> data.person(
                        tenant, i % 5 == 0 ? Role.AMBASSADOR : Role.MEMBER, "m" + i + "@" + tenant.slug() + ".example"))
                .toList();
        // the brand's default tiers are created on first use: do it before the race, as the first visitor would
        PerksFixtures.as(manager, () -> catalogue.tiers());
        return new Brand(tenant, manager, people, fixtures, data);
    }

    /** Each member's attempt on a thread of its own, all released at once; refusals become their message key. */
    private static List<String> race(
            List<AuthenticatedUser> members, Function<AuthenticatedUser, Callable<String>> attempt) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return Race.run(members.size(), () -> {
            AuthenticatedUser member = members.get(next.getAndIncrement());
            TestData.signIn(member);
            try {
                return attempt.apply(member).call();
            } catch (InvalidInputException refused) {
                return refused.fieldErrors().values().iterator().next();
            } finally {
                TestData.signOut();
            }
        });
    }

    private LocalDateTime start() {
        return LocalDateTime.ofInstant(clock.instant(), PARIS).plusDays(10).withNano(0);
    }

    private int taken(long perkId) {
        return jdbc.queryForObject("select taken from perk where id = ?", Integer.class, perkId);
    }

    private Map<String, Long> claims(long perkId) {
        return jdbc
                .queryForList("select status, count(*) as n from perk_claim where perk_id = ? group by status", perkId)
                .stream()
                .collect(Collectors.toMap(r -> (String) r.get("status"), r -> ((Number) r.get("n")).longValue()));
    }

    private List<String> statusOf(long perkId, List<AuthenticatedUser> members) {
        return members.stream()
                .map(m -> jdbc.queryForObject(
                        "select status from perk_claim where perk_id = ? and member_id = ?",
                        String.class,
                        perkId,
                        m.accountId()))
                .toList();
    }
}
