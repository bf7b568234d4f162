package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.internal.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void fourFailuresAreForgivenTheFifthLocksForThirtySeconds() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(now);
        }
        assertThat(throttle.isLocked(now)).isFalse();
        throttle.recordFailure(now);
        assertThat(throttle.lockedUntil()).isEqualTo(now.plusSeconds(30));
    }

    @Test
    void eachFurtherFailureDoublesTheDelayUpToOneHour() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure(now);
        }
        assertThat(throttle.lockedUntil()).isEqualTo(now.plusSeconds(60));
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure(now);
        }
        assertThat(Duration.between(now, throttle.lockedUntil())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theLockEndsByItselfAndSuccessResetsTheCount() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(now);
        }
        assertThat(throttle.isLocked(now.plusSeconds(31))).isFalse();
        throttle.reset();
        assertThat(throttle.failedLogins()).isZero();
    }
}
