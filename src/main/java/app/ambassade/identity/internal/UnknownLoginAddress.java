package app.ambassade.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed logins to an address that has no account able to log in, counted by the same
 * {@link LoginThrottle} as an account, so that such an address "locks" exactly like a real one.
 * platform-wide: keyed by a one-way hash of the host's scope (tenant id or platform) and the
 * address, read only by that key; it holds nothing a tenant could read back.
 */
@Entity
@Table(name = "login_unknown_address")
public class UnknownLoginAddress {

    @Id
    @Column(name = "address_key", length = 64)
    private String key;

    @Embedded
    private LoginThrottle throttle = new LoginThrottle();

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected UnknownLoginAddress() {}

    public UnknownLoginAddress(String key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    public LoginThrottle getThrottle() {
        return throttle;
    }

    public void failed(Instant now) {
        throttle.recordFailure(now);
        lastFailureAt = now;
    }
}
