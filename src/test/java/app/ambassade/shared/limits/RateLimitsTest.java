package app.ambassade.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.MutableClock;
import app.ambassade.support.MutableClockConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@AmbassadeTest
@Import(MutableClockConfig.class)
class RateLimitsTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    RateLimits limits;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    String key = "test:" + UUID.randomUUID();

    @Test
    void aBurstUpToTheLimitThenOneTokenPerShareOfTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire(key, 3, MINUTE)).isEmpty();
        }
        assertThat(limits.tryAcquire(key, 3, MINUTE)).hasValue(20);

        clock.advance(Duration.ofSeconds(15));
        assertThat(limits.tryAcquire(key, 3, MINUTE)).hasValue(5);

        clock.advance(Duration.ofSeconds(5));
        assertThat(limits.tryAcquire(key, 3, MINUTE)).isEmpty();
        assertThat(limits.tryAcquire(key, 3, MINUTE)).isPresent();
    }

    @Test
    void keysAndBudgetsHaveBucketsOfTheirOwn() {
        assertThat(limits.tryAcquire(key, 1, MINUTE)).isEmpty();
        assertThat(limits.tryAcquire(key, 1, MINUTE)).isPresent();

        assertThat(limits.tryAcquire(key + "-other", 1, MINUTE)).isEmpty();
        assertThat(limits.tryAcquire(key, 2, MINUTE)).isEmpty();
    }

    @Test
    void twoNodesOnOneDatabaseShareTheBucket() {
        RateLimits otherNode = new RateLimits(dataSource, clock, 1000);

        assertThat(limits.tryAcquire(key, 2, MINUTE)).isEmpty();
        assertThat(otherNode.tryAcquire(key, 2, MINUTE)).isEmpty();

        assertThat(limits.tryAcquire(key, 2, MINUTE)).isPresent();
        assertThat(otherNode.tryAcquire(key, 2, MINUTE)).isPresent();
    }

    @Test
    void aRefusedKeyIsRefusedAgainWithoutAskingTheDatabaseUntilItsWaitIsOver() {
        limits.tryAcquire(key, 1, MINUTE);
        assertThat(limits.tryAcquire(key, 1, MINUTE)).isPresent();
        int rows = new JdbcTemplate(dataSource).update("DELETE FROM " + RateLimits.TABLE);
        assertThat(rows).isPositive();

        assertThat(limits.tryAcquire(key, 1, MINUTE)).isPresent();

        clock.advance(MINUTE);
        assertThat(limits.tryAcquire(key, 1, MINUTE)).isEmpty();
    }

    @Test
    void onlyHashesOfKeysAreStoredAndFullBucketsAreDropped() throws Exception {
        String address = "someone@example.test";
        limits.tryAcquire(address, 1, Duration.ofMillis(200));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForList("SELECT id FROM " + RateLimits.TABLE, String.class))
                .isNotEmpty()
                .allSatisfy(id -> assertThat(id).hasSize(64).doesNotContain("example"));
        Thread.sleep(400);
        limits.dropFullBuckets();

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM " + RateLimits.TABLE + " WHERE expires_at < ?",
                        Long.class,
                        System.currentTimeMillis()))
                .isZero();
    }

    @Test
    void aFailingStoreLetsRequestsOnInsteadOfFailingThem() {
        DataSource withoutTheTable = new DriverManagerDataSource("jdbc:h2:mem:no-buckets-" + UUID.randomUUID());
        RateLimits broken = new RateLimits(withoutTheTable, clock, 1000);

        assertThat(broken.tryAcquire(key, 1, MINUTE)).isEmpty();
        assertThat(broken.tryAcquire(key, 1, MINUTE)).isEmpty();
    }

    @Test
    void aLargeBudgetIsTakenLocallyAndWrittenBackInBatchesWhileASmallOneAsksTheRowEveryTime() throws Exception {
        ConnectionCounter counted = new ConnectionCounter(dataSource);
        RateLimits node = new RateLimits(counted, clock, 1000);

        for (int i = 0; i < 19; i++) {
            assertThat(node.tryAcquire(key, 400, MINUTE)).isEmpty();
        }
        assertThat(counted.connections.get())
                .as("19 page views of a 400-a-minute budget: a first read and write, not 19")
                .isLessThanOrEqualTo(3);

        node.tryAcquire(key + "-small", 5, MINUTE);
        counted.connections.set(0);
        for (int i = 0; i < 3; i++) {
            node.tryAcquire(key + "-small", 5, MINUTE);
        }
        assertThat(counted.connections.get())
                .as("3 more requests against a budget of 5")
                .isEqualTo(3);
    }

    @Test
    void twoNodesTakingALargeBudgetLocallyExceedItByAtMostOneTwentiethEach() {
        RateLimits otherNode = new RateLimits(dataSource, clock, 1000);
        int accepted = 0;
        for (int i = 0; i < 100; i++) {
            RateLimits node = i % 2 == 0 ? limits : otherNode;
            if (node.tryAcquire(key, 40, MINUTE).isEmpty()) {
                accepted++;
            }
        }
        assertThat(accepted).isBetween(40, 40 + 2 * (40 / 20));
    }

    /** Counts the connections taken: bucket4j takes one per conversation with the bucket's row. */
    static final class ConnectionCounter extends DelegatingDataSource {
        final AtomicInteger connections = new AtomicInteger();

        ConnectionCounter(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return super.getConnection();
        }
    }
}
