package app.ambassade.identity.security;

import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.internal.LoginThrottle;
import app.ambassade.identity.internal.PlatformAdmin;
import app.ambassade.identity.internal.PlatformAdminRepository;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.shared.security.Roles;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login attempts on an existing account, under a row lock on that account. Failures commit even
 * though an exception is thrown, so that the lockout survives the refused request. Every attempt
 * runs the password check once, a locked account included, so that the time taken says nothing.
 * An address with no account able to log in gives an empty result: {@link LoginService} counts it.
 */
@Component
class AccountLogins {

    private static final Logger log = LoggerFactory.getLogger(AccountLogins.class);

    private final UserAccountRepository users;
    private final PlatformAdminRepository admins;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountLogins(UserAccountRepository users, PlatformAdminRepository admins, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.admins = admins;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Must run inside {@code TenantContext.callAs(tenant.id(), …)}; {@code email} is normalised. */
    @Transactional(noRollbackFor = AuthenticationException.class)
    Optional<AuthenticatedUser> member(TenantSummary tenant, String email, String password) {
        Instant now = clock.instant();
        UserAccount account = users.lockByEmail(email).orElse(null);
        if (account == null || account.getPasswordHash() == null) {
            return Optional.empty();
        }
        check(account.getThrottle(), password, account.getPasswordHash(), now);
        if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            throw new LoginRefusal(LoginRefusal.Reason.UNVERIFIED);
        }
        if (account.getStatus() != AccountStatus.ACTIVE) {
            throw new LoginRefusal(LoginRefusal.Reason.DEACTIVATED);
        }
        if (!tenant.active()) {
            throw new LoginRefusal(LoginRefusal.Reason.SUSPENDED);
        }
        account.loggedIn(now);
        return Optional.of(new AuthenticatedUser(
                account.getId(),
                tenant.id(),
                tenant.slug(),
                account.getEmail(),
                account.getDisplayName(),
                account.getRole().name(),
                account.getSecurityStamp()));
    }

    /** {@code email} is normalised. */
    @Transactional(noRollbackFor = AuthenticationException.class)
    Optional<AuthenticatedUser> platformAdmin(String email, String password) {
        Instant now = clock.instant();
        PlatformAdmin admin = admins.lockByEmail(email).orElse(null);
        if (admin == null) {
            return Optional.empty();
        }
        check(admin.getThrottle(), password, admin.getPasswordHash(), now);
        admin.getThrottle().reset();
        return Optional.of(new AuthenticatedUser(
                admin.getId(),
                null,
                null,
                admin.getEmail(),
                admin.getDisplayName(),
                Roles.PLATFORM_ADMIN,
                admin.getSecurityStamp()));
    }

    private void check(LoginThrottle throttle, String password, String hash, Instant now) {
        boolean matches = passwords.matches(password, hash);
        if (throttle.isLocked(now)) {
            throw new LoginRefusal(LoginRefusal.Reason.LOCKED);
        }
        if (!matches) {
            throttle.recordFailure(now);
            if (throttle.isLocked(now)) {
                log.warn(
                        "Account locked after {} failed logins until {}",
                        throttle.failedLogins(),
                        throttle.lockedUntil());
                throw new LoginRefusal(LoginRefusal.Reason.LOCKED);
            }
            throw new BadCredentialsException("Bad credentials");
        }
    }
}
