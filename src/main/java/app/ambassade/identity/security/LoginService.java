package app.ambassade.identity.security;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.validation.Checks;
import app.ambassade.tenancy.TenantSummary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks credentials. An address with no account able to log in is answered exactly like an
 * account: the same password check (against a dummy hash), the same failure count in the database
 * and the same lock after the fifth failure, so that neither the answer nor its time tells whether
 * the address has an account (docs/decisions/0004-public-account-flows.md).
 */
@Service
public class LoginService {

    static final String PLATFORM_SCOPE = "platform";

    private final AccountLogins accounts;
    private final LoginCounters counters;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    LoginService(AccountLogins accounts, LoginCounters counters, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.counters = counters;
        this.passwords = passwords;
        this.dummyHash = passwords.encode("timing-equaliser-0");
    }

    /** Must be called inside {@code TenantContext.callAs(tenant.id(), …)}. */
    public AuthenticatedUser authenticateMember(TenantSummary tenant, String email, String password) {
        String address = Checks.normalizeEmail(email);
        return accounts.member(tenant, address, password)
                .orElseGet(() -> refuseUnknown("tenant:" + tenant.id(), address, password));
    }

    public AuthenticatedUser authenticatePlatformAdmin(String email, String password) {
        String address = Checks.normalizeEmail(email);
        return accounts.platformAdmin(address, password)
                .orElseGet(() -> refuseUnknown(PLATFORM_SCOPE, address, password));
    }

    private AuthenticatedUser refuseUnknown(String scope, String address, String password) {
        passwords.matches(password, dummyHash);
        counters.addressFailed(scope, address);
        throw new IllegalStateException("an unknown address is always refused");
    }
}
