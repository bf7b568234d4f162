package app.ambassade.community;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feed pages in the database with a keyset cursor: pinned first, then newest first, no duplicates
 * between pages, and a fixed number of SQL statements per page whatever its size. Statistics are switched
 * on at run time for this class only (a test property would start a second Spring context).
 */
@AmbassadeTest
class FeedPagingTest {

    @Autowired
    TestData data;

    @Autowired
    CommunityService communities;

    @Autowired
    FeedService feed;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    AuthenticatedUser manager;
    long community;
    long pinnedId;

    @BeforeEach
    void seed() {
        TenantSummary tenant = data.tenant("paging");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@paging.example");
        List<AuthenticatedUser> authors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            authors.add(data.person(tenant, Role.MEMBER, "author" + i + "@paging.example"));
        }
        TestData.signIn(manager);
        community = communities
                .create(new CommunityForm("Big", "", Visibility.OPEN, null))
                .id();
        authors.forEach(a -> {
            TestData.signIn(a);
            communities.join(community);
        });
        for (int i = 0; i < 300; i++) {
            TestData.signIn(authors.get(i % 3));
            long id = feed.publish(community, "Post number " + i, null).id();
            if (i % 7 == 0) {
                feed.toggleReaction(id, Reaction.LIKE);
                feed.comment(id, "A comment");
            }
            if (i == 10) {
                pinnedId = id;
            }
        }
        TestData.signIn(manager);
        feed.pin(pinnedId, true);
    }

    @AfterEach
    void signOut() {
        statistics().setStatisticsEnabled(false);
        TestData.signOut();
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    @Test
    void threeHundredPostsComeInPagesOfTwentyPinnedFirstThenNewestFirstWithoutDuplicates() {
        List<Long> seen = new ArrayList<>();
        FeedCursor cursor = null;
        int pages = 0;
        do {
            FeedPage page = feed.feed(community, cursor, 20);
            assertThat(page.posts()).hasSizeLessThanOrEqualTo(20);
            page.posts().forEach(p -> seen.add(p.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(15);
        assertThat(seen).hasSize(300);
        assertThat(new HashSet<>(seen)).hasSize(300);
        assertThat(seen.getFirst()).isEqualTo(pinnedId);
        List<Long> rest = seen.subList(1, seen.size());
        assertThat(rest).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void theSecondPageContinuesWhereTheFirstEnded() {
        FeedPage first = feed.feed(community, null, 20);
        FeedPage second = feed.feed(community, first.next(), 20);
        Set<Long> firstIds = new HashSet<>();
        first.posts().forEach(p -> firstIds.add(p.id()));
        assertThat(second.posts()).hasSize(20).noneMatch(p -> firstIds.contains(p.id()));
        assertThat(second.posts().getFirst().id())
                .isLessThan(first.posts().getLast().id());
    }

    @Test
    void theNumberOfStatementsForAFeedPageDoesNotGrowWithThePageSize() {
        long small = statementsFor(5);
        long large = statementsFor(50);
        assertThat(small).isPositive().isLessThanOrEqualTo(8).isEqualTo(large);
    }

    private long statementsFor(int size) {
        Statistics statistics = statistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        FeedPage page = feed.feed(community, null, size);
        assertThat(page.posts()).hasSize(size);
        assertThat(page.posts()).allMatch(p -> !p.authorName().isEmpty());
        return statistics.getPrepareStatementCount();
    }
}
