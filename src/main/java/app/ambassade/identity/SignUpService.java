package app.ambassade.identity;

import app.ambassade.identity.internal.IdentityMails;
import app.ambassade.identity.internal.Tokens;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.identity.internal.UserToken;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.limits.RateLimits;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.shared.validation.PasswordPolicy;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self sign-up of members on a brand's join page. The account waits in PENDING_VERIFICATION
 * until the person opens the link sent to their address (valid 48 hours). Whether an address
 * already has an account is never shown on screen: that person gets an e-mail instead.
 */
@Service
public class SignUpService {

    public static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    private static final Logger log = LoggerFactory.getLogger(SignUpService.class);

    private final UserAccountRepository users;
    private final Tokens tokens;
    private final IdentityMails mails;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final RateLimits limiter;
    private final Clock clock;
    private final int maxPerMinute;

    SignUpService(
            UserAccountRepository users,
            Tokens tokens,
            IdentityMails mails,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            RateLimits limiter,
            Clock clock,
            @Value("${ambassade.sign-up.max-per-minute:30}") int maxPerMinute) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.transactions = transactions;
        this.events = events;
        this.limiter = limiter;
        this.clock = clock;
        this.maxPerMinute = maxPerMinute;
    }

    /**
     * Public: signs a visitor up as a member of the tenant named by the host. Ends the same way
     * whether or not the e-mail already has an account here; {@code locale} is the language the
     * visitor reads the page in, kept as the account's language.
     */
    public void signUp(TenantSummary tenant, SignUpForm form, Locale locale) {
        Checks checks =
                Checks.start().text(form.displayName(), "displayName", 1, 120).email(form.email(), "email");
        PasswordPolicy.check(checks, form.password(), "password");
        checks.require(
                        Objects.equals(form.password(), form.passwordConfirmation()),
                        "passwordConfirmation",
                        "validation.passwords-differ")
                .require(form.termsAccepted(), "terms", "validation.consent")
                .throwIfAny();
        if (!tenant.active()) {
            throw InvalidInputException.of("form", "account.join.closed");
        }
        if (limiter.tryAcquire("sign-up:" + tenant.id(), maxPerMinute, Duration.ofMinutes(1))
                .isPresent()) {
            log.warn("Sign-up refused: more than {} per minute in tenant {}", maxPerMinute, tenant.slug());
            throw InvalidInputException.of("form", "account.join.busy");
        }
        String email = Checks.normalizeEmail(form.email());
        String name = form.displayName().strip();
        Locale language = TranslationProvider.supported(locale);
        // Hashed in every case, so that an existing address does not answer measurably faster.
        String hash = passwords.encode(form.password());
        try {
            TenantContext.runAs(
                    tenant.id(),
                    () -> transactions.executeWithoutResult(status -> {
                        UserAccount existing = users.findByEmail(email).orElse(null);
                        if (existing != null) {
                            tellExisting(tenant, existing);
                            return;
                        }
                        UserAccount account = new UserAccount(
                                email,
                                Role.MEMBER,
                                AccountStatus.PENDING_VERIFICATION,
                                language.getLanguage(),
                                clock.instant());
                        account.register(name, hash);
                        account.acceptTerms(clock.instant());
                        account = users.save(account);
                        String token = tokens.issue(
                                account.getId(), UserToken.Purpose.EMAIL_VERIFICATION, VERIFICATION_VALIDITY);
                        mails.send(tenant, email, language, "verification", "verify-email", token, "");
                        events.publishEvent(
                                AuditableAction.tenant(tenant.id(), "account.signed-up", email, Role.MEMBER.name()));
                    }));
        } catch (DataIntegrityViolationException race) {
            // The same address signed up twice at the same moment: the other request made the account.
            log.info("Concurrent sign-up for one address in tenant {}", tenant.slug());
        }
    }

    /** Public: confirms the e-mail address of a pending account; true if the link was valid here. */
    public boolean verify(TenantSummary tenant, String token) {
        if (!tenant.active()) {
            return false;
        }
        return TenantContext.callAs(
                tenant.id(),
                () -> Boolean.TRUE.equals(transactions.execute(status -> {
                    UserAccount account = tokens.redeem(token, UserToken.Purpose.EMAIL_VERIFICATION)
                            .flatMap(t -> users.findById(t.getUserId()))
                            .filter(u -> u.getStatus() == AccountStatus.PENDING_VERIFICATION)
                            .orElse(null);
                    if (account == null) {
                        return false;
                    }
                    account.setStatus(AccountStatus.ACTIVE);
                    tokens.retireAll(account.getId(), UserToken.Purpose.EMAIL_VERIFICATION);
                    events.publishEvent(
                            AuditableAction.tenant(tenant.id(), "account.verified", account.getEmail(), ""));
                    return true;
                })));
    }

    /** The address has an account here already: say so by e-mail only, never on screen. */
    private void tellExisting(TenantSummary tenant, UserAccount account) {
        Locale locale = Locale.of(account.getLocale());
        switch (account.getStatus()) {
            case PENDING_VERIFICATION -> {
                String token =
                        tokens.issue(account.getId(), UserToken.Purpose.EMAIL_VERIFICATION, VERIFICATION_VALIDITY);
                mails.send(tenant, account.getEmail(), locale, "verification", "verify-email", token, "");
            }
            case INVITED -> mails.sendLink(tenant, account.getEmail(), locale, "invitation-pending", "login", "");
            case ACTIVE, DEACTIVATED ->
                mails.sendLink(tenant, account.getEmail(), locale, "account-exists", "forgot-password", "");
        }
        events.publishEvent(AuditableAction.tenant(
                tenant.id(),
                "account.sign-up-repeated",
                account.getEmail(),
                account.getStatus().name()));
    }
}
