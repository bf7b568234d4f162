package app.ambassade.identity.security;

import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.internal.LoginThrottle;
import app.ambassade.identity.internal.PlatformAdmin;
import app.ambassade.identity.internal.PlatformAdminRepository;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.validation.Checks;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks credentials and keeps the failure count in the database. Failures commit even though an
 * exception is thrown, so that the lockout survives the refused request.
 */
@Service
public class LoginService {

    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    private final UserAccountRepository users;
    private final PlatformAdminRepository admins;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String dummyHash;

    LoginService(UserAccountRepository users, PlatformAdminRepository admins, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.admins = admins;
        this.passwords = passwords;
        this.clock = clock;
        this.dummyHash = passwords.encode("timing-equaliser-0");
    }

    /** Must be called inside {@code TenantContext.callAs(tenant.id(), …)}. */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public AuthenticatedUser authenticateMember(TenantSummary tenant, String email, String password) {
        Instant now = clock.instant();
        UserAccount account = users.lockByEmail(Checks.normalizeEmail(email)).orElse(null);
        if (account == null || account.getPasswordHash() == null) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException("Bad credentials");
        }
        checkNotLocked(account.getThrottle(), now);
        if (!passwords.matches(password, account.getPasswordHash())) {
            fail(account.getThrottle(), now, account.getEmail());
        }
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
        return new AuthenticatedUser(account.getId(), tenant.id(), tenant.slug(), account.getEmail(),
                account.getDisplayName(), account.getRole().name(), account.getSecurityStamp());
    }

    @Transactional(noRollbackFor = AuthenticationException.class)
    public AuthenticatedUser authenticatePlatformAdmin(String email, String password) {
        Instant now = clock.instant();
        PlatformAdmin admin = admins.lockByEmail(Checks.normalizeEmail(email)).orElse(null);
        if (admin == null) {
            passwords.matches(password, dummyHash);
            throw new BadCredentialsException("Bad credentials");
        }
        checkNotLocked(admin.getThrottle(), now);
        if (!passwords.matches(password, admin.getPasswordHash())) {
            fail(admin.getThrottle(), now, admin.getEmail());
        }
        admin.getThrottle().reset();
        return new AuthenticatedUser(admin.getId(), null, null, admin.getEmail(), admin.getDisplayName(),
                Roles.PLATFORM_ADMIN, admin.getSecurityStamp());
    }

    private static void checkNotLocked(LoginThrottle throttle, Instant now) {
        if (throttle.isLocked(now)) {
            throw new LoginRefusal(LoginRefusal.Reason.LOCKED);
        }
    }

    private static void fail(LoginThrottle throttle, Instant now, String email) {
        throttle.recordFailure(now);
        if (throttle.isLocked(now)) {
            log.warn("Account locked after {} failed logins until {}", throttle.failedLogins(), throttle.lockedUntil());
            throw new LoginRefusal(LoginRefusal.Reason.LOCKED);
        }
        throw new BadCredentialsException("Bad credentials");
    }
}
