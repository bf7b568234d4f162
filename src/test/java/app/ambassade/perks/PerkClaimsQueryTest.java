package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The claims grid costs a fixed number of SQL statements per page whatever its size (names, e-mails and
 * codes come in one lookup each, never one per row), and so do the figures. Statistics are switched on at
 * run time for this class only (a test property would start a second Spring context).
 */
@AmbassadeTest
class PerkClaimsQueryTest {

    @Autowired
    TestData data;

    @Autowired
    PerksFixtures fixtures;

    @Autowired
    PerkOperations operations;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    AuthenticatedUser manager;
    long preview;

    @BeforeEach
    void seed() {
        TenantSummary tenant = data.tenant("stmts");
        manager = data.person(tenant, Role.BRAND_MANAGER, "boss@stmts.example");
        String[] codes = new String[60];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = "CODE-" + i;
        }
        preview = fixtures.earlyAccess(manager, "Avant-première", codes);
        for (int i = 0; i < 60; i++) {
            AuthenticatedUser m = fixtures.person(
                    tenant, Role.MEMBER, "p%02d@stmts.example".formatted(i), "Person " + i, Locale.FRENCH);
            long claim = fixtures.claim(tenant.id(), preview, m.accountId(), ClaimStatus.CONFIRMED, null);
            fixtures.assignCode(tenant.id(), preview, claim);
        }
        TestData.signIn(manager);
    }

    @AfterEach
    void signOut() {
        statistics().setStatisticsEnabled(false);
        TestData.signOut();
    }

    @Test
    void aPageOfTheClaimsGridCostsTheSameStatementsFor5Or50Rows() {
        long small = statementsFor(5, "");
        long large = statementsFor(50, "");
        assertThat(small).isPositive().isLessThanOrEqualTo(5).isEqualTo(large);
        assertThat(statementsFor(50, "person")).isLessThanOrEqualTo(6).isEqualTo(statementsFor(5, "person"));
    }

    @Test
    void theFiguresTakeAFewGroupedCountsWhateverTheNumberOfClaims() {
        Statistics statistics = statistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        assertThat(operations.figures(preview).confirmed()).isEqualTo(60);
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
    }

    private long statementsFor(int size, String search) {
        Statistics statistics = statistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        List<ClaimRow> rows = operations
                .claims(preview, Set.of(), search, PageRequest.of(0, size))
                .getContent();
        assertThat(rows)
                .hasSize(size)
                .allMatch(r -> r.name().startsWith("Person ") && r.code().startsWith("CODE-"));
        return statistics.getPrepareStatementCount();
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }
}
