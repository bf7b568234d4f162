package app.ambassade.identity;

import app.ambassade.identity.internal.IdentityMails;
import app.ambassade.identity.internal.Tokens;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.identity.internal.UserToken;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.limits.RateLimits;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.shared.validation.PasswordPolicy;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot your password": a single-use link valid one hour, sent only to active accounts. The
 * page answers the same way, and as fast, whether or not the address has an account: the lookup
 * and the e-mail happen in the background.
 */
@Service
public class PasswordResetService implements DisposableBean {

    public static final Duration VALIDITY = Duration.ofHours(1);
    /** Default requests per address and tenant in {@link #REQUEST_WINDOW}, so that nobody floods a mailbox. */
    static final int MAX_REQUESTS = 5;

    static final Duration REQUEST_WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final UserAccountRepository users;
    private final Tokens tokens;
    private final IdentityMails mails;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final RateLimits limiter;
    private final int maxRequests;
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(
            1,
            2,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(500),
            Thread.ofPlatform().name("password-reset-", 0).daemon(true).factory());

    PasswordResetService(
            UserAccountRepository users,
            Tokens tokens,
            IdentityMails mails,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            RateLimits limiter,
            @Value("${ambassade.limits.password-resets-per-address:" + MAX_REQUESTS + "}") int maxRequests) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.transactions = transactions;
        this.events = events;
        this.limiter = limiter;
        this.maxRequests = maxRequests;
    }

    /**
     * Public: asks for a reset link. Only the format of the address is checked here; the rest
     * runs in the background, and the returned future (for tests) completes when it is done.
     */
    public CompletableFuture<Void> requestReset(TenantSummary tenant, String email) {
        Checks.start().email(email, "email").throwIfAny();
        String normalized = Checks.normalizeEmail(email);
        if (!tenant.active()
                || limiter.tryAcquire("reset:" + tenant.id() + ":" + normalized, maxRequests, REQUEST_WINDOW)
                        .isPresent()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            return CompletableFuture.runAsync(() -> sendLink(tenant, normalized), background)
                    .exceptionally(e -> {
                        log.error("Password reset request failed in tenant {}", tenant.slug(), e);
                        return null;
                    });
        } catch (RejectedExecutionException e) {
            log.warn("Password reset requests are piling up; one was dropped in tenant {}", tenant.slug());
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Public: the address a reset link is for, if the link is still valid on this tenant. */
    public Optional<String> find(TenantSummary tenant, String token) {
        return TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(status -> tokens.peek(token, UserToken.Purpose.PASSWORD_RESET)
                        .flatMap(t -> users.findById(t.getUserId()))
                        .filter(u -> u.getStatus() == AccountStatus.ACTIVE)
                        .map(UserAccount::getEmail)));
    }

    /**
     * Public: sets a new password through a reset link. The link is spent, the lockout counter
     * cleared and every session of the person ended (security stamp).
     */
    public void reset(TenantSummary tenant, String token, String password, String confirmation) {
        Checks checks = Checks.start();
        PasswordPolicy.check(checks, password, "password");
        checks.require(Objects.equals(password, confirmation), "passwordConfirmation", "validation.passwords-differ")
                .throwIfAny();
        String hash = passwords.encode(password);
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    UserAccount account = tokens.redeem(token, UserToken.Purpose.PASSWORD_RESET)
                            .flatMap(t -> users.findById(t.getUserId()))
                            .filter(u -> u.getStatus() == AccountStatus.ACTIVE)
                            .orElseThrow(() -> InvalidInputException.of("token", "account.reset.invalid"));
                    account.changePassword(hash);
                    tokens.retireAll(account.getId(), UserToken.Purpose.PASSWORD_RESET);
                    events.publishEvent(
                            AuditableAction.tenant(tenant.id(), "account.password-reset", account.getEmail(), ""));
                }));
    }

    private void sendLink(TenantSummary tenant, String email) {
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> users.findByEmail(email)
                        .filter(u -> u.getStatus() == AccountStatus.ACTIVE)
                        .ifPresent(account -> {
                            String token = tokens.issue(account.getId(), UserToken.Purpose.PASSWORD_RESET, VALIDITY);
                            mails.send(
                                    tenant,
                                    account.getEmail(),
                                    Locale.of(account.getLocale()),
                                    "password-reset",
                                    "reset-password",
                                    token,
                                    account.getDisplayName() == null ? "" : account.getDisplayName());
                            events.publishEvent(AuditableAction.tenant(
                                    tenant.id(), "account.password-reset-requested", account.getEmail(), ""));
                        })));
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
