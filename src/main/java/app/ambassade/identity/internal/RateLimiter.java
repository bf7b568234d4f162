package app.ambassade.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Token buckets (bucket4j) for public actions that send e-mail (sign-up, password reset), so
 * that nobody can flood a tenant or a mailbox. Each key gets a bucket of {@code max} tokens,
 * refilled in full once per window. Buckets are kept in memory on each node, in a Caffeine cache
 * bounded in size whose entries expire after a window without use (by then the bucket would be
 * full again, so dropping it changes nothing). With N nodes the limit is at most N times higher,
 * which is enough to stop floods.
 */
@Component
public class RateLimiter {

    static final int MAX_KEYS = 10_000;

    private final Cache<String, Limited> buckets;
    private final TimeMeter time;

    RateLimiter(Clock clock) {
        this.time = new TimeMeter() {
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
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfter(Expiry.<String, Limited>accessing((key, limited) -> limited.window()))
                .ticker(time::currentTimeNanos)
                .executor(Runnable::run)
                .build();
    }

    /** True if one more action under this key fits in the current window of the given length. */
    public boolean tryAcquire(String key, int max, Duration window) {
        Limited limited = buckets.get(key + "|" + max + "|" + window, k -> new Limited(Bucket.builder()
                .addLimit(limit -> limit.capacity(max).refillIntervally(max, window))
                .withCustomTimePrecision(time)
                .build(), window));
        return limited.bucket().tryConsume(1);
    }

    /** Number of buckets kept (after pending evictions), for tests. */
    long keysKept() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private record Limited(Bucket bucket, Duration window) {
    }
}
