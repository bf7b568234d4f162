package app.ambassade.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins of one client address across every account and brand, in a fixed window.
 * platform-wide: one client tries many brands; keyed by a one-way hash of the client address.
 */
@Entity
@Table(name = "login_client")
public class LoginClient {

    @Id
    @Column(name = "client_key", length = 64)
    private String key;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int failures;

    protected LoginClient() {}

    public LoginClient(String key, Instant now) {
        this.key = key;
        this.windowStart = now;
    }

    /** Seconds until this client may try again, or 0 when it is under {@code max} in the current window. */
    public long waitSeconds(int max, Duration window, Instant now) {
        Instant end = windowStart.plus(window);
        if (failures < max || !now.isBefore(end)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, end).toSeconds());
    }

    public void failed(Duration window, Instant now) {
        if (!now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
    }

    public int getFailures() {
        return failures;
    }
}
