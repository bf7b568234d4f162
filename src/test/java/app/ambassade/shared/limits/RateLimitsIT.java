package app.ambassade.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.MariaDbTest;
import app.ambassade.support.Race;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Buckets shared by nodes on MariaDB: concurrent requests on two nodes never exceed the limit. */
@MariaDbTest
class RateLimitsIT {

    @Autowired
    RateLimits limits;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Test
    void fortyRequestsRacingOnTwoNodesGetExactlyTheLimit() throws Exception {
        RateLimits otherNode = new RateLimits(dataSource, clock, 1000);
        String key = "race:" + UUID.randomUUID();
        AtomicInteger turn = new AtomicInteger();

        List<OptionalLong> answers = Race.run(
                40,
                () -> (turn.getAndIncrement() % 2 == 0 ? limits : otherNode).tryAcquire(key, 10, Duration.ofHours(1)));

        assertThat(answers.stream().filter(OptionalLong::isEmpty)).hasSize(10);
    }

    @Test
    void fullBucketsAreDroppedOnMariaDb() throws Exception {
        limits.tryAcquire("short:" + UUID.randomUUID(), 1, Duration.ofMillis(100));
        Thread.sleep(300);

        limits.dropFullBuckets();

        assertThat(new JdbcTemplate(dataSource)
                        .queryForObject(
                                "SELECT COUNT(*) FROM " + RateLimits.TABLE + " WHERE expires_at < ?",
                                Long.class,
                                System.currentTimeMillis()))
                .isZero();
    }
}
