package app.ambassade.shared.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets (bucket4j) kept in the database, so that every node shares them: a limit of 30 a
 * minute is 30 a minute for the whole portal, not per node. Keys are stored as SHA-256 hashes (they
 * hold client addresses and e-mail addresses). A key refused once is refused again locally, without
 * asking the database, until its wait is over: a client hammering a limit costs one query a wait.
 * See docs/decisions/0015-shared-rate-limits.md.
 */
@Component
public class RateLimits {

    static final String TABLE = "rate_limit_bucket";
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final int MAX_REFUSED_KEPT = 100_000;
    private static final int MAX_BUCKETS_KEPT = 100_000;
    /** Limits of at least this many requests a window are checked against the database in batches. */
    static final int SYNCED_IN_BATCHES_FROM = 40;

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Cache<String, Instant> refusedUntil;
    private final Cache<String, BucketProxy> local;
    private final Clock clock;
    private final int expiredBatch;

    RateLimits(DataSource dataSource, Clock clock, @Value("${ambassade.limits.cleanup-batch:1000}") int expiredBatch) {
        this.clock = clock;
        this.expiredBatch = expiredBatch;
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(timeOf(clock))
                .build();
        this.refusedUntil = Caffeine.newBuilder()
                .maximumSize(MAX_REFUSED_KEPT)
                .expireAfterWrite(Duration.ofHours(1))
                .build();
        // A bucket's optimisation keeps its state in the proxy object, so the proxy of a key is kept.
        this.local = Caffeine.newBuilder()
                .maximumSize(MAX_BUCKETS_KEPT)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /**
     * Takes one token from the bucket of this key: {@code max} tokens, refilled evenly over
     * {@code window}. Empty when the action may go on, otherwise the whole seconds to wait.
     */
    public OptionalLong tryAcquire(String key, int max, Duration window) {
        String id = hash(key + "|" + max + "|" + window);
        Instant now = clock.instant();
        Instant until = refusedUntil.getIfPresent(id);
        if (until != null && now.isBefore(until)) {
            return OptionalLong.of(secondsBetween(now, until));
        }
        ConsumptionProbe probe;
        try {
            probe = local.get(id, bucketId -> bucket(bucketId, max, window)).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException storeFailed) {
            // A limit protects the portal; it must not take a page down with it. The store failing (the
            // database away, or H2 giving up on one row hammered by many requests) lets the request on.
            log.warn("rate limit not checked, request allowed: {}", storeFailed.toString());
            return OptionalLong.empty();
        }
        if (probe.isConsumed()) {
            refusedUntil.invalidate(id);
            return OptionalLong.empty();
        }
        Instant waitEnds = now.plusNanos(probe.getNanosToWaitForRefill());
        refusedUntil.put(id, waitEnds);
        return OptionalLong.of(secondsBetween(now, waitEnds));
    }

    private BucketProxy bucket(String id, int max, Duration window) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(max).refillGreedy(max, window))
                .build();
        return buckets.builder().withOptimization(optimization(max, window)).build(id, () -> configuration);
    }

    /**
     * How a node talks to the shared row of a bucket. A large limit (a page view budget) is taken locally
     * and written back every 1/20 of its budget or 1/60 of its window, whichever comes first, so a
     * visitor's page view costs no query most of the time; all nodes together may then exceed it by up to
     * 1/20 per node. A small limit (password resets, widget calls) asks the row every time, concurrent
     * requests of one key in one query.
     */
    static Optimization optimization(int max, Duration window) {
        if (max < SYNCED_IN_BATCHES_FROM) {
            return Optimizations.batching();
        }
        return Optimizations.delaying(new DelayParameters(max / 20, window.dividedBy(60)));
    }

    /** Buckets full again are dropped, a batch at a time, so the table holds only recent clients. */
    @Scheduled(
            fixedDelayString = "${ambassade.limits.cleanup-every:PT10M}",
            initialDelayString = "${ambassade.limits.cleanup-every:PT10M}")
    public void dropFullBuckets() {
        while (buckets.removeExpired(expiredBatch) >= expiredBatch) {
            // another batch
        }
    }

    private static long secondsBetween(Instant from, Instant to) {
        return Math.max(1, (Duration.between(from, to).toMillis() + 999) / 1000);
    }

    private static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    private static String hash(String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
