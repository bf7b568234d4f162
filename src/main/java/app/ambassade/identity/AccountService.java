package app.ambassade.identity;

import app.ambassade.identity.internal.PlatformAdmin;
import app.ambassade.identity.internal.PlatformAdminRepository;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.security.SignedInOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.shared.validation.PasswordPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account, and the brand manager's management of their people. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final PlatformAdminRepository admins;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    AccountService(
            UserAccountRepository users,
            PlatformAdminRepository admins,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.users = users;
        this.admins = admins;
        this.passwords = passwords;
        this.events = events;
    }

    @SignedInOnly
    @Transactional(readOnly = true)
    public Profile profile() {
        AuthenticatedUser me = AuthenticatedUser.require();
        if (me.platformAdmin()) {
            PlatformAdmin admin = admins.findById(me.accountId()).orElseThrow();
            return new Profile(admin.getEmail(), admin.getDisplayName(), Locale.of(admin.getLocale()), me.role());
        }
        UserAccount account = users.findById(me.accountId()).orElseThrow();
        return new Profile(account.getEmail(), account.getDisplayName(), Locale.of(account.getLocale()), me.role());
    }

    @SignedInOnly
    @Transactional
    public void updateProfile(String displayName, Locale locale) {
        Checks.start().text(displayName, "displayName", 1, 120).throwIfAny();
        String language = TranslationProvider.supported(locale).getLanguage();
        AuthenticatedUser me = AuthenticatedUser.require();
        if (me.platformAdmin()) {
            PlatformAdmin admin = admins.findById(me.accountId()).orElseThrow();
            admin.rename(displayName.strip());
            admin.changeLocale(language);
        } else {
            UserAccount account = users.findById(me.accountId()).orElseThrow();
            account.rename(displayName.strip());
            account.changeLocale(language);
        }
        refreshPrincipal(new AuthenticatedUser(
                me.accountId(),
                me.tenantId(),
                me.tenantSlug(),
                me.email(),
                displayName.strip(),
                me.role(),
                me.securityStamp()));
    }

    @SignedInOnly
    @Transactional
    public void changeLocale(Locale locale) {
        String language = TranslationProvider.supported(locale).getLanguage();
        AuthenticatedUser me = AuthenticatedUser.require();
        if (me.platformAdmin()) {
            admins.findById(me.accountId()).orElseThrow().changeLocale(language);
        } else {
            users.findById(me.accountId()).orElseThrow().changeLocale(language);
        }
    }

    /**
     * Changes the password and ends every other session of this person; the current session
     * goes on with the new security stamp.
     */
    @SignedInOnly
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        changePassword(currentPassword, newPassword, newPassword);
    }

    /** As {@link #changePassword(String, String)}, from a form where the new password is typed twice. */
    @SignedInOnly
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        AuthenticatedUser me = AuthenticatedUser.require();
        Checks checks = Checks.start()
                .require(
                        currentPassword != null && !currentPassword.isEmpty(),
                        "currentPassword",
                        "validation.required");
        PasswordPolicy.check(checks, newPassword, "newPassword");
        checks.require(
                Objects.equals(newPassword, confirmation), "newPasswordConfirmation", "validation.passwords-differ");
        checks.throwIfAny();
        long stamp;
        if (me.platformAdmin()) {
            PlatformAdmin admin = admins.findById(me.accountId()).orElseThrow();
            requireCurrent(currentPassword, admin.getPasswordHash());
            admin.changePassword(passwords.encode(newPassword));
            stamp = admin.getSecurityStamp();
        } else {
            UserAccount account = users.findById(me.accountId()).orElseThrow();
            requireCurrent(currentPassword, account.getPasswordHash());
            account.changePassword(passwords.encode(newPassword));
            stamp = account.getSecurityStamp();
            events.publishEvent(AuditableAction.tenant(me.tenantId(), "account.password-changed", me.email(), ""));
        }
        refreshPrincipal(new AuthenticatedUser(
                me.accountId(), me.tenantId(), me.tenantSlug(), me.email(), me.displayName(), me.role(), stamp));
    }

    /**
     * One page of people, not counted: the grid asks {@link #countPeople} once, and counting a brand of
     * 100 000 people on every page costs more than reading the page (docs/benchmarks.md, "Large brand").
     */
    @ManagerOnly
    @Transactional(readOnly = true)
    public List<PersonRow> people(PeopleFilter filter, Pageable pageable) {
        return users.search(filter.role(), filter.status(), search(filter), pageable).stream()
                .map(AccountService::row)
                .toList();
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long countPeople(PeopleFilter filter) {
        return users.countSearch(filter.role(), filter.status(), search(filter));
    }

    private static String search(PeopleFilter filter) {
        return filter.search() == null ? "" : filter.search().strip().toLowerCase(Locale.ROOT);
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public Map<Role, Long> activeCountsByRole() {
        return Map.of(
                Role.BRAND_MANAGER, users.countByRoleAndStatus(Role.BRAND_MANAGER, AccountStatus.ACTIVE),
                Role.AMBASSADOR, users.countByRoleAndStatus(Role.AMBASSADOR, AccountStatus.ACTIVE),
                Role.MEMBER, users.countByRoleAndStatus(Role.MEMBER, AccountStatus.ACTIVE));
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long pendingInvitations() {
        return users.countByStatus(AccountStatus.INVITED);
    }

    @ManagerOnly
    @Transactional
    public PersonRow changeRole(long userId, Role role) {
        UserAccount account = otherPerson(userId);
        Role before = account.getRole();
        account.changeRole(role);
        events.publishEvent(AuditableAction.tenant(
                account.getTenantId(), "person.role-changed", account.getEmail(), before + " -> " + role));
        return row(account);
    }

    @ManagerOnly
    @Transactional
    public PersonRow deactivate(long userId) {
        return switchStatus(
                userId,
                AccountStatus.ACTIVE,
                AccountStatus.DEACTIVATED,
                "people.error.not-active",
                "person.deactivated");
    }

    @ManagerOnly
    @Transactional
    public PersonRow reactivate(long userId) {
        return switchStatus(
                userId,
                AccountStatus.DEACTIVATED,
                AccountStatus.ACTIVE,
                "people.error.not-deactivated",
                "person.reactivated");
    }

    /** Moves another person of the tenant from one status to the other, audited; refused from any other status. */
    private PersonRow switchStatus(
            long userId, AccountStatus from, AccountStatus to, String refusalKey, String action) {
        UserAccount account = otherPerson(userId);
        if (account.getStatus() != from) {
            throw InvalidInputException.of("status", refusalKey);
        }
        account.setStatus(to);
        events.publishEvent(AuditableAction.tenant(account.getTenantId(), action, account.getEmail(), ""));
        return row(account);
    }

    /** A manager never changes their own role or status: that is how the last manager gets locked out. */
    private UserAccount otherPerson(long userId) {
        AuthenticatedUser me = AuthenticatedUser.require();
        if (me.accountId() == userId) {
            throw InvalidInputException.of("person", "people.error.self");
        }
        return users.findById(userId).orElseThrow(() -> InvalidInputException.of("person", "people.error.not-found"));
    }

    private void requireCurrent(String currentPassword, String hash) {
        if (currentPassword == null || hash == null || !passwords.matches(currentPassword, hash)) {
            throw InvalidInputException.of("currentPassword", "validation.current-password");
        }
    }

    private static void refreshPrincipal(AuthenticatedUser user) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        var refreshed = new UsernamePasswordAuthenticationToken(user, null, current.getAuthorities());
        refreshed.setDetails(current.getDetails());
        // The context object is the one kept in the HTTP session, so the session sees the new stamp.
        SecurityContextHolder.getContext().setAuthentication(refreshed);
    }

    static PersonRow row(UserAccount u) {
        return new PersonRow(
                u.getId(),
                u.getEmail(),
                u.getDisplayName(),
                u.getRole(),
                u.getStatus(),
                u.getCreatedAt(),
                u.getLastLoginAt(),
                u.getVersion());
    }
}
