package app.ambassade.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed-login counter kept in the database, so that it holds across nodes. From the fifth
 * consecutive failure on, each further failure locks the account for twice as long as the
 * previous one: 30 s, 1 min, 2 min … capped at one hour.
 */
@Embeddable
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 4;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofHours(1);

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public void recordFailure(Instant now) {
        failedLogins++;
        if (failedLogins > FREE_ATTEMPTS) {
            int doublings = Math.min(failedLogins - FREE_ATTEMPTS - 1, 20);
            Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
        }
    }

    public void reset() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
