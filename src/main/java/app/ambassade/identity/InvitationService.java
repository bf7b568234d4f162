package app.ambassade.identity;

import app.ambassade.identity.internal.IdentityMails;
import app.ambassade.identity.internal.Tokens;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.identity.internal.UserToken;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.security.PlatformAdminOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.shared.validation.PasswordPolicy;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations: a brand manager (or the platform admin, for a brand's first manager) invites a
 * person by e-mail with a role; the link is single-use, expires after seven days, and accepting
 * it sets the person's name and password.
 */
@Service
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);

    private final UserAccountRepository users;
    private final Tokens tokens;
    private final IdentityMails mails;
    private final TenantService tenants;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(
            UserAccountRepository users,
            Tokens tokens,
            IdentityMails mails,
            TenantService tenants,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.tenants = tenants;
        this.passwords = passwords;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Invites a person into the signed-in manager's tenant. */
    @ManagerOnly
    public PersonRow invite(String email, Role role) {
        TenantSummary tenant = tenants.current().orElseThrow();
        AuthenticatedUser me = AuthenticatedUser.require();
        return invite(tenant, email, role, me.accountId());
    }

    /** The platform admin invites the first brand manager of a tenant: an explicit, audited crossing. */
    @PlatformAdminOnly
    public PersonRow inviteFirstManager(long tenantId, String email) {
        TenantSummary tenant = tenants.findById(tenantId).orElseThrow();
        PersonRow row = TenantContext.callAs(tenantId, () -> invite(tenant, email, Role.BRAND_MANAGER, null));
        // a transaction of its own: the invitation's ran in the tenant's scope, this line is the platform's
        transactions.executeWithoutResult(status ->
                events.publishEvent(AuditableAction.platform("tenant.manager-invited", tenant.slug(), row.email())));
        return row;
    }

    @ManagerOnly
    public PersonRow resend(long userId) {
        TenantSummary tenant = tenants.current().orElseThrow();
        return transactions.execute(status -> {
            UserAccount account = invited(userId);
            String token = tokens.issue(account.getId(), UserToken.Purpose.INVITATION, VALIDITY);
            sendInvitation(tenant, account, token);
            events.publishEvent(AuditableAction.tenant(tenant.id(), "invitation.resent", account.getEmail(), ""));
            return AccountService.row(account);
        });
    }

    @ManagerOnly
    public void revoke(long userId) {
        TenantSummary tenant = tenants.current().orElseThrow();
        transactions.executeWithoutResult(status -> {
            UserAccount account = invited(userId);
            users.delete(account);
            events.publishEvent(AuditableAction.tenant(tenant.id(), "invitation.revoked", account.getEmail(), ""));
        });
    }

    /** Public: what an invitation link is for, if it is still valid. The tenant comes from the host. */
    public Optional<InvitationDetails> find(TenantSummary tenant, String token) {
        return TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(status -> tokens.peek(token, UserToken.Purpose.INVITATION)
                        .flatMap(t -> users.findById(t.getUserId()))
                        .filter(u -> u.getStatus() == AccountStatus.INVITED)
                        .map(u -> new InvitationDetails(u.getEmail(), u.getRole(), tenant.name()))));
    }

    /** Public: accepts an invitation; the link cannot be used again. */
    public void accept(TenantSummary tenant, String token, String displayName, String password) {
        accept(tenant, token, displayName, password, password);
    }

    /**
     * Public: accepts an invitation from the form, where the password is typed twice; the link
     * cannot be used again.
     */
    public void accept(
            TenantSummary tenant, String token, String displayName, String password, String passwordConfirmation) {
        Checks checks = Checks.start().text(displayName, "displayName", 1, 120);
        PasswordPolicy.check(checks, password, "password");
        checks.require(
                Objects.equals(password, passwordConfirmation), "passwordConfirmation", "validation.passwords-differ");
        checks.throwIfAny();
        TenantContext.runAs(
                tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    UserToken used = tokens.redeem(token, UserToken.Purpose.INVITATION)
                            .orElseThrow(() -> InvalidInputException.of("token", "invitation.invalid"));
                    UserAccount account = users.findById(used.getUserId())
                            .filter(u -> u.getStatus() == AccountStatus.INVITED)
                            .orElseThrow(() -> InvalidInputException.of("token", "invitation.invalid"));
                    account.activate(displayName.strip(), passwords.encode(password));
                    account.acceptTerms(clock.instant());
                    events.publishEvent(AuditableAction.tenant(
                            tenant.id(),
                            "invitation.accepted",
                            account.getEmail(),
                            account.getRole().name()));
                }));
    }

    private PersonRow invite(TenantSummary tenant, String email, Role role, Long invitedBy) {
        Checks.start()
                .email(email, "email")
                .require(role != null, "role", "validation.required")
                .throwIfAny();
        String normalized = Checks.normalizeEmail(email);
        return transactions.execute(status -> {
            UserAccount account = users.findByEmail(normalized).orElse(null);
            if (account != null && account.getStatus() != AccountStatus.INVITED) {
                throw InvalidInputException.of("email", "invitation.already-member");
            }
            if (account == null) {
                account = new UserAccount(
                        normalized,
                        role,
                        AccountStatus.INVITED,
                        tenant.defaultLocale().getLanguage(),
                        clock.instant());
                account.invitedBy(invitedBy);
                account = users.save(account);
            } else {
                account.changeRole(role);
            }
            String token = tokens.issue(account.getId(), UserToken.Purpose.INVITATION, VALIDITY);
            sendInvitation(tenant, account, token);
            events.publishEvent(AuditableAction.tenant(tenant.id(), "invitation.sent", normalized, role.name()));
            return AccountService.row(account);
        });
    }

    private void sendInvitation(TenantSummary tenant, UserAccount account, String token) {
        var locale = java.util.Locale.of(account.getLocale());
        mails.send(
                tenant,
                account.getEmail(),
                locale,
                "invitation",
                "invitation",
                token,
                mails.roleName(account.getRole().name(), locale));
    }

    private UserAccount invited(long userId) {
        return users.findById(userId)
                .filter(u -> u.getStatus() == AccountStatus.INVITED)
                .orElseThrow(() -> InvalidInputException.of("person", "invitation.not-pending"));
    }
}
