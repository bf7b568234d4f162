package app.ambassade.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters for public actions that send e-mail (sign-up, password reset), so that
 * nobody can flood a tenant or a mailbox. Kept in memory on each node: with N nodes the limit is
 * at most N times higher, which is enough to stop floods. The map stays bounded.
 */
@Component
public class RateLimiter {

    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** True if one more action under this key fits in the current window of the given length. */
    public boolean tryAcquire(String key, int max, Duration window) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_KEYS) {
            windows.values().removeIf(w -> w.over(now));
            if (windows.size() >= MAX_KEYS) {
                windows.clear();
            }
        }
        Window current = windows.compute(key, (k, w) -> w == null || w.over(now)
                ? new Window(now.plus(window), 1)
                : new Window(w.end(), w.count() + 1));
        return current.count() <= max;
    }

    private record Window(Instant end, int count) {
        boolean over(Instant now) {
            return !now.isBefore(end);
        }
    }
}
