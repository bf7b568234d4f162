package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The people grid's query pages and sorts in the database, with a fixed number of statements per page.
 * Hibernate statistics are switched on for this class only, at run time: a test property would start a
 * second Spring context, whose security context strategy then replaces the one the cached context uses.
 */
@AmbassadeTest
class PeopleQueryTest {

    @Autowired
    TestData data;

    @Autowired
    AccountService accounts;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    AuthenticatedUser manager;

    @BeforeEach
    void seed() {
        TenantSummary a = data.tenant("alpha");
        manager = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        for (int i = 1; i < 60; i++) {
            data.person(a, i % 3 == 0 ? Role.AMBASSADOR : Role.MEMBER, "person%02d@alpha.example".formatted(i));
        }
        TenantSummary b = data.tenant("beta");
        for (int i = 0; i < 5; i++) {
            data.person(b, Role.MEMBER, "other%02d@beta.example".formatted(i));
        }
        TestData.signIn(manager);
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
    void sixtyPeopleComeInThreePagesOfTwentyFive() {
        Sort byEmail = Sort.by("email").and(Sort.by("id"));
        Set<Long> seen = new HashSet<>();
        int[] sizes = new int[3];
        for (int page = 0; page < 3; page++) {
            List<PersonRow> result = accounts.people(PeopleFilter.all(), PageRequest.of(page, 25, byEmail));
            sizes[page] = result.size();
            result.forEach(p -> seen.add(p.id()));
        }
        assertThat(sizes).containsExactly(25, 25, 10);
        assertThat(seen).hasSize(60);
        assertThat(accounts.countPeople(PeopleFilter.all())).isEqualTo(60);
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithThePageSize() {
        long small = statementsFor(5);
        long large = statementsFor(50);

        assertThat(small).isPositive().isLessThanOrEqualTo(2).isEqualTo(large);
    }

    @Test
    void filteringHappensInTheQuery() {
        PeopleFilter activeAmbassadors = new PeopleFilter(Role.AMBASSADOR, AccountStatus.ACTIVE, "");
        List<PersonRow> ambassadors = accounts.people(activeAmbassadors, PageRequest.of(0, 100));

        assertThat(ambassadors).hasSize(19);
        assertThat(accounts.countPeople(activeAmbassadors)).isEqualTo(19);
        assertThat(ambassadors).allMatch(p -> p.role() == Role.AMBASSADOR);
    }

    private long statementsFor(int pageSize) {
        Statistics statistics = statistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        List<PersonRow> page = accounts.people(PeopleFilter.all(), PageRequest.of(0, pageSize, Sort.by("displayName")));
        assertThat(page).hasSize(pageSize);
        return statistics.getPrepareStatementCount();
    }
}
