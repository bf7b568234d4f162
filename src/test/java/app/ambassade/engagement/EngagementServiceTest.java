package app.ambassade.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.community.CommunityActivity;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.CommittedEvents;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@AmbassadeTest
class EngagementServiceTest {

    @Autowired
    TestData data;

    @Autowired
    EngagementService engagement;

    @Autowired
    CommittedEvents events;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;
    AuthenticatedUser ana;
    AuthenticatedUser bob;
    AuthenticatedUser managerB;
    AuthenticatedUser bea;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
        managerA = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        ana = data.person(a, Role.MEMBER, "ana@alpha.example");
        bob = data.person(a, Role.AMBASSADOR, "bob@alpha.example");
        managerB = data.person(b, Role.BRAND_MANAGER, "boss@beta.example");
        bea = data.person(b, Role.MEMBER, "bea@beta.example");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    static final List<Tier> LADDER =
            List.of(new Tier(1, "Bronze", 10, ""), new Tier(2, "Silver", 50, ""), new Tier(3, "Gold", 200, ""));

    @Test
    void theTierIsTheHighestWhoseThresholdIsReachedAndExactlyReachingAThresholdCounts() {
        assertThat(EngagementStatus.of(49, LADDER).current()).map(Tier::name).contains("Bronze");
        assertThat(EngagementStatus.of(50, LADDER).current()).map(Tier::name).contains("Silver");
        assertThat(EngagementStatus.of(50, LADDER).next()).map(Tier::name).contains("Gold");
        assertThat(EngagementStatus.of(50, LADDER).pointsToNext()).isEqualTo(150);
        assertThat(EngagementStatus.of(1000, LADDER).current()).map(Tier::name).contains("Gold");
        assertThat(EngagementStatus.of(1000, LADDER).next()).isEmpty();
        assertThat(EngagementStatus.of(1000, LADDER).progress()).isEqualTo(1.0);
    }

    @Test
    void belowTheFirstThresholdThereIsNoTierYet() {
        EngagementStatus status = EngagementStatus.of(9, LADDER);
        assertThat(status.current()).isEmpty();
        assertThat(status.next()).map(Tier::name).contains("Bronze");
        assertThat(status.pointsToNext()).isEqualTo(1);
    }

    @Test
    void aBrandStartsWithDefaultTiersNamedInItsLanguage() {
        TestData.signIn(ana);
        assertThat(engagement.tiers())
                .extracting(Tier::name, Tier::threshold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Bronze", 0),
                        org.assertj.core.groups.Tuple.tuple("Argent", 50),
                        org.assertj.core.groups.Tuple.tuple("Or", 200));
        assertThat(engagement.tiers()).hasSize(3);
    }

    @Test
    void theTierFollowsTheSumOfTheLedger() {
        for (int i = 0; i < 5; i++) {
            engagement.record(a.id(), ana.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        TestData.signIn(ana);
        EngagementStatus status = engagement.myStatus();
        assertThat(status.points()).isEqualTo(50);
        assertThat(status.current()).map(Tier::threshold).contains(50);
        assertThat(status.next()).map(Tier::threshold).contains(200);
        assertThat(status.pointsToNext()).isEqualTo(150);
    }

    @Test
    void changedThresholdsReEvaluateEveryonesTier() {
        for (int i = 0; i < 6; i++) {
            engagement.record(a.id(), ana.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        TestData.signIn(ana);
        assertThat(engagement.myStatus().current()).map(Tier::rank).contains(2);

        TestData.signIn(managerA);
        engagement.saveTiers(List.of(
                new TierInput(1, "Bronze", 0, ""),
                new TierInput(2, "Silver", 100, "Early access"),
                new TierInput(3, "Gold", 300, "")));

        TestData.signIn(ana);
        EngagementStatus status = engagement.myStatus();
        assertThat(status.current()).map(Tier::name).contains("Bronze");
        assertThat(status.next()).map(Tier::name).contains("Silver");
        assertThat(status.pointsToNext()).isEqualTo(40);
    }

    @Test
    void theManagerChangesThePointsOfAnActionForWhatIsRecordedFromNowOn() {
        engagement.record(a.id(), ana.accountId(), EngagementAction.POSTED, "post:1", "");
        TestData.signIn(managerA);
        Map<EngagementAction, Integer> table = engagement.pointsPerAction();
        assertThat(table)
                .containsEntry(EngagementAction.POSTED, 10)
                .containsEntry(EngagementAction.ANSWERED_SURVEY, 10)
                .hasSize(EngagementAction.values().length);

        engagement.savePointsPerAction(Map.of(EngagementAction.POSTED, 25));
        assertThat(engagement.pointsPerAction()).containsEntry(EngagementAction.POSTED, 25);
        TestData.signOut();
        engagement.record(a.id(), ana.accountId(), EngagementAction.POSTED, "post:2", "");

        TestData.signIn(ana);
        assertThat(engagement.myLedger(PageRequest.of(0, 10)).getContent())
                .extracting(EngagementEntryRow::points)
                .containsExactly(25, 10);
        assertThat(engagement.myStatus().points()).isEqualTo(35);
    }

    @Test
    void pointsOutOfRangeAreRefusedAtTheirField() {
        TestData.signIn(managerA);
        assertThatThrownBy(() -> engagement.savePointsPerAction(Map.of(EngagementAction.POSTED, -1)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("POSTED", "engagement.points.error.range"));
        assertThat(engagement.pointsPerAction()).containsEntry(EngagementAction.POSTED, 10);
    }

    @Test
    void tiersNeedNamesUniqueRanksAndIncreasingThresholds() {
        TestData.signIn(managerA);
        List<TierInput> bad = List.of(
                new TierInput(1, "Bronze", 0, ""),
                new TierInput(1, "Silver", 50, ""),
                new TierInput(3, " ", 40, ""),
                new TierInput(null, "Gold", null, ""));
        assertThatThrownBy(() -> engagement.saveTiers(bad))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of(
                        "rank.1",
                        "engagement.tiers.error.rank-taken",
                        "name.2",
                        "validation.required",
                        "threshold.2",
                        "engagement.tiers.error.threshold-order",
                        "rank.3",
                        "validation.required",
                        "threshold.3",
                        "validation.required"));
        assertThatThrownBy(() -> engagement.saveTiers(List.of())).isInstanceOf(InvalidInputException.class);
        assertThat(engagement.tiers()).hasSize(3);
    }

    @Test
    void theLedgerIsAppendOnlyAndTheSameEventTwiceCountsOnce() {
        var joined = new CommunityActivity.MemberJoined(a.id(), 7, ana.accountId());
        events.publish(joined);
        events.publish(joined);
        assertThat(engagement.record(a.id(), ana.accountId(), EngagementAction.JOINED_COMMUNITY, "community:7", ""))
                .isFalse();

        TestData.signIn(ana);
        assertThat(engagement.myLedger(PageRequest.of(0, 10)).getContent())
                .extracting(EngagementEntryRow::action, EngagementEntryRow::points, EngagementEntryRow::reference)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EngagementAction.JOINED_COMMUNITY, 5, "community:7"));
        assertThat(EngagementService.class.getMethods())
                .extracting(java.lang.reflect.Method::getName)
                .doesNotContain("delete", "update", "remove");
    }

    @Test
    void listenersAwardPointsForJoiningPostingAndReceivingReactionsButNotForReactingToOneself() {
        events.publish(new CommunityActivity.MemberJoined(a.id(), 7, ana.accountId()));
        events.publish(new CommunityActivity.PostPublished(a.id(), 7, 70, ana.accountId()));
        events.publish(new CommunityActivity.ReactionAdded(a.id(), 7, 70, bob.accountId(), ana.accountId(), "like"));
        events.publish(new CommunityActivity.ReactionAdded(a.id(), 7, 70, ana.accountId(), ana.accountId(), "like"));
        events.publish(new CommunityActivity.CommentAdded(a.id(), 7, 70, 700, bob.accountId(), ana.accountId()));

        TestData.signIn(ana);
        assertThat(engagement.myLedger(PageRequest.of(0, 10)).getContent())
                .extracting(EngagementEntryRow::action)
                .containsExactlyInAnyOrder(
                        EngagementAction.JOINED_COMMUNITY, EngagementAction.POSTED, EngagementAction.RECEIVED_REACTION);
        assertThat(engagement.myStatus().points()).isEqualTo(5 + 10 + 2);
        TestData.signIn(bob);
        assertThat(engagement.myLedger(PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void managersSeeHowManyPeopleAreInEachTier() {
        for (int i = 0; i < 5; i++) {
            engagement.record(a.id(), ana.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        engagement.record(b.id(), bea.accountId(), EngagementAction.ATTENDED_EVENT, "event:1", "");
        TestData.signIn(managerA);
        List<TierCount> counts = engagement.peopleByTier(2);
        assertThat(counts)
                .extracting(c -> c.tier() == null ? null : c.tier().threshold(), TierCount::people)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(200, 0L),
                        org.assertj.core.groups.Tuple.tuple(50, 1L),
                        org.assertj.core.groups.Tuple.tuple(0, 1L),
                        org.assertj.core.groups.Tuple.tuple(null, 0L));
    }

    @Test
    void eventsAndCallsOfOneTenantNeverReachTheLedgerTiersOrPointsOfAnother() {
        events.publish(new CommunityActivity.PostPublished(a.id(), 7, 70, ana.accountId()));
        TestData.signIn(managerB);
        engagement.saveTiers(List.of(new TierInput(1, "Beta only", 5, "")));
        engagement.savePointsPerAction(Map.of(EngagementAction.POSTED, 99));
        assertThat(engagement.peopleByTier(1)).extracting(TierCount::people).containsExactly(0L, 1L);

        TestData.signIn(bea);
        assertThat(engagement.myLedger(PageRequest.of(0, 10))).isEmpty();
        assertThat(engagement.myStatus().points()).isZero();

        TestData.signIn(ana);
        assertThat(engagement.tiers())
                .extracting(Tier::name)
                .doesNotContain("Beta only")
                .hasSize(3);
        assertThat(engagement.myStatus().points()).isEqualTo(10);
        TestData.signIn(managerA);
        assertThat(engagement.pointsPerAction()).containsEntry(EngagementAction.POSTED, 10);
        assertThat(engagement.peopleByTier(2)).extracting(TierCount::people).containsExactly(0L, 0L, 2L, 0L);
    }

    @Test
    void membersCannotChangeTiersOrPoints() {
        TestData.signIn(ana);
        assertThatThrownBy(() -> engagement.saveTiers(List.of(new TierInput(1, "Mine", 0, ""))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> engagement.savePointsPerAction(Map.of(EngagementAction.POSTED, 1000)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(Optional.of(engagement.pointsPerAction().get(EngagementAction.POSTED)))
                .contains(10);
    }

    @Test
    void anEventNamingAnUnknownPersonIsIgnoredWithoutBreakingThePublisher() {
        events.publish(new CommunityActivity.PostPublished(a.id(), 7, 70, 987_654_321L));
        TestData.signIn(managerA);
        assertThat(engagement.peopleByTier(0)).extracting(TierCount::people).containsOnly(0L);
    }

    @Test
    void theLedgerIsPagedInTheDatabaseWithAFixedNumberOfStatements() {
        for (int i = 0; i < 30; i++) {
            engagement.record(a.id(), ana.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        TestData.signIn(ana);
        var statistics =
                entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        try {
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            var small = engagement.myLedger(PageRequest.of(0, 5));
            long smallCount = statistics.getPrepareStatementCount();
            statistics.clear();
            var large = engagement.myLedger(PageRequest.of(0, 25));
            long largeCount = statistics.getPrepareStatementCount();
            assertThat(small.getContent()).hasSize(5);
            assertThat(large.getContent()).hasSize(25);
            assertThat(large.getTotalElements()).isEqualTo(30);
            assertThat(smallCount).isPositive().isLessThanOrEqualTo(2).isEqualTo(largeCount);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
