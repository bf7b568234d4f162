package app.ambassade.reassurance.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public requests per bucket key (a resolved brand's id, never a raw Host header or a key
 * given by the client) and client address (token bucket, in memory per node: a widget is fetched once
 * per page view and cached by browsers, so this only stops abuse). The widget's budget is the
 * setting {@code ambassade.limits.widget-per-minute}.
 */
@Component
class WidgetRateLimiter {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    WidgetRateLimiter(@Value("${ambassade.limits.widget-per-minute:30}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Empty when the request may go on, otherwise the seconds to wait. */
    OptionalLong tryAcquire(String key, String clientAddress) {
        return tryAcquire(key, clientAddress, perMinute);
    }

    /** As {@link #tryAcquire(String, String)} with another budget per minute (keys must not overlap). */
    OptionalLong tryAcquire(String key, String clientAddress, int perMinute) {
        Bucket bucket = buckets.get(key + "|" + clientAddress, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
