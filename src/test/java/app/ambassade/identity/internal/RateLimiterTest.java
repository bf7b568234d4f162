package app.ambassade.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void itAllowsUpToTheLimitPerWindowAndPerKey() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("tenant-1", 3, Duration.ofMinutes(1))).isTrue();
        }
        assertThat(limiter.tryAcquire("tenant-1", 3, Duration.ofMinutes(1))).isFalse();
        assertThat(limiter.tryAcquire("tenant-2", 3, Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void theLimitStaysReachedUntilTheWindowEnds() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("k", 3, Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofSeconds(59));

        assertThat(limiter.tryAcquire("k", 3, Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnds() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("k", 3, Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofSeconds(61));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("k", 3, Duration.ofMinutes(1))).isTrue();
        }
        assertThat(limiter.tryAcquire("k", 3, Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void theNumberOfKeysKeptStaysBounded() {
        for (int i = 0; i < RateLimiter.MAX_KEYS + 50; i++) {
            limiter.tryAcquire("key-" + i, 1, Duration.ofMinutes(1));
        }

        assertThat(limiter.keysKept()).isLessThanOrEqualTo(RateLimiter.MAX_KEYS);
        assertThat(limiter.tryAcquire("fresh", 1, Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void unusedBucketsExpireAfterTheirWindow() {
        limiter.tryAcquire("a", 1, Duration.ofMinutes(1));
        limiter.tryAcquire("b", 1, Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));

        assertThat(limiter.keysKept()).isZero();
    }
}
