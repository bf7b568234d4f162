package app.ambassade.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The platform operator. platform-wide: belongs to no tenant and logs in on the bare host. */
@Entity
@Table(name = "platform_admin")
public class PlatformAdmin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 8)
    private String locale;

    @Embedded
    private LoginThrottle throttle = new LoginThrottle();

    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PlatformAdmin() {}

    public PlatformAdmin(String email, String displayName, String passwordHash, String locale, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.locale = locale;
        this.createdAt = now;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.throttle.reset();
        this.securityStamp++;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void changeLocale(String locale) {
        this.locale = locale;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLocale() {
        return locale;
    }

    public LoginThrottle getThrottle() {
        return throttle;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }
}
