package app.ambassade.reassurance.internal;

import app.ambassade.shared.limits.RateLimits;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits public requests per bucket key (a resolved brand's id, never a raw Host header or a key
 * given by the client) and client address, in buckets shared by every node ({@link RateLimits}).
 * The widget's budget is the setting {@code ambassade.limits.widget-per-minute}.
 */
@Component
class WidgetRateLimiter {

    private final RateLimits limits;
    private final int perMinute;

    WidgetRateLimiter(RateLimits limits, @Value("${ambassade.limits.widget-per-minute:30}") int perMinute) {
        this.limits = limits;
        this.perMinute = perMinute;
    }

    /** Empty when the request may go on, otherwise the seconds to wait. */
    OptionalLong tryAcquire(String key, String clientAddress) {
        return tryAcquire(key, clientAddress, perMinute);
    }

    /** As {@link #tryAcquire(String, String)} with another budget per minute (keys must not overlap). */
    OptionalLong tryAcquire(String key, String clientAddress, int perMinute) {
        return limits.tryAcquire(key + "|" + clientAddress, perMinute, Duration.ofMinutes(1));
    }
}
