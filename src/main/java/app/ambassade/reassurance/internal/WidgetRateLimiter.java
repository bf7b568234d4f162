package app.ambassade.reassurance.internal;

import app.ambassade.shared.limits.RateLimits;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Limits public requests per bucket key (a resolved brand's id, never a raw Host header or a key
 * given by the client) and client address, in buckets shared by every node ({@link RateLimits}).
 */
@Component
class WidgetRateLimiter {

    static final int PER_MINUTE = 30;

    private final RateLimits limits;

    WidgetRateLimiter(RateLimits limits) {
        this.limits = limits;
    }

    /** Empty when the request may go on, otherwise the seconds to wait. */
    OptionalLong tryAcquire(String key, String clientAddress) {
        return tryAcquire(key, clientAddress, PER_MINUTE);
    }

    /** As {@link #tryAcquire(String, String)} with another budget per minute (keys must not overlap). */
    OptionalLong tryAcquire(String key, String clientAddress, int perMinute) {
        return limits.tryAcquire(key + "|" + clientAddress, perMinute, Duration.ofMinutes(1));
    }
}
