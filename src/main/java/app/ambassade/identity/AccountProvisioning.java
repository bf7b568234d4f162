package app.ambassade.identity;

import app.ambassade.identity.internal.PlatformAdmin;
import app.ambassade.identity.internal.PlatformAdminRepository;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.PlatformAdminOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.PasswordPolicy;
import app.ambassade.tenancy.TenantContext;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates ready-to-use accounts directly, without invitation: used by the platform's bootstrap
 * (first platform admin) and by the demo seed. Everyday onboarding goes through invitations.
 */
@Service
public class AccountProvisioning {

    private final UserAccountRepository users;
    private final PlatformAdminRepository admins;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountProvisioning(
            UserAccountRepository users,
            PlatformAdminRepository admins,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.admins = admins;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates the platform admin if none with this e-mail exists. */
    public boolean ensurePlatformAdmin(String email, String displayName, String password, Locale locale) {
        String normalized = Checks.normalizeEmail(email);
        checkPassword(password);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (admins.findByEmail(normalized).isPresent()) {
                return false;
            }
            admins.save(new PlatformAdmin(
                    normalized,
                    displayName,
                    passwords.encode(password),
                    TranslationProvider.supported(locale).getLanguage(),
                    clock.instant()));
            return true;
        }));
    }

    public boolean anyPlatformAdmin() {
        return admins.count() > 0;
    }

    @PlatformAdminOnly
    public long createActiveAccount(
            long tenantId, String email, String displayName, Role role, String password, Locale locale) {
        checkPassword(password);
        return TenantContext.callAs(
                tenantId,
                () -> transactions.execute(status -> {
                    UserAccount account = new UserAccount(
                            Checks.normalizeEmail(email),
                            role,
                            AccountStatus.INVITED,
                            TranslationProvider.supported(locale).getLanguage(),
                            clock.instant());
                    account.activate(displayName, passwords.encode(password));
                    account.acceptTerms(clock.instant());
                    return users.save(account).getId();
                }));
    }

    /** The id of an active account of a tenant, for seeding on its behalf (platform admin only). */
    @PlatformAdminOnly
    public java.util.Optional<AuthenticatedUser> activeAccount(long tenantId, String tenantSlug, String email) {
        return TenantContext.callAs(
                tenantId,
                () -> transactions.execute(status -> users.findByEmail(Checks.normalizeEmail(email))
                        .filter(u -> u.getStatus() == AccountStatus.ACTIVE)
                        .map(u -> new AuthenticatedUser(
                                u.getId(),
                                tenantId,
                                tenantSlug,
                                u.getEmail(),
                                u.getDisplayName(),
                                u.getRole().name(),
                                u.getSecurityStamp()))));
    }

    private static void checkPassword(String password) {
        Checks checks = Checks.start();
        PasswordPolicy.check(checks, password, "password");
        checks.throwIfAny();
    }
}
