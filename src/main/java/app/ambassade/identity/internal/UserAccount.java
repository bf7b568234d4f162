package app.ambassade.identity.internal;

import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.Role;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person inside one tenant. The same e-mail may exist in other tenants as other accounts. */
@Entity
@Table(name = "app_user")
public class UserAccount extends TenantScopedEntity {

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", length = 120)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AccountStatus status;

    @Column(nullable = false, length = 8)
    private String locale;

    @Embedded
    private LoginThrottle throttle = new LoginThrottle();

    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {}

    public UserAccount(String email, Role role, AccountStatus status, String locale, Instant now) {
        this.email = email;
        this.role = role;
        this.status = status;
        this.locale = locale;
        this.createdAt = now;
    }

    public void activate(String displayName, String passwordHash) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        endSessions();
    }

    /** A self sign-up: name and password are chosen now, the account stays pending until the e-mail is confirmed. */
    public void register(String displayName, String passwordHash) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.throttle.reset();
        endSessions();
    }

    /** Every session that carries an older stamp is refused from the next request on. */
    public void endSessions() {
        this.securityStamp++;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void changeLocale(String locale) {
        this.locale = locale;
    }

    public void changeRole(Role role) {
        this.role = role;
        endSessions();
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
        endSessions();
    }

    public void acceptTerms(Instant now) {
        this.termsAcceptedAt = now;
    }

    public void invitedBy(Long userId) {
        this.invitedBy = userId;
    }

    public void loggedIn(Instant now) {
        this.lastLoginAt = now;
        this.throttle.reset();
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

    public Role getRole() {
        return role;
    }

    public AccountStatus getStatus() {
        return status;
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

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
