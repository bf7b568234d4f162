package app.ambassade.identity;

import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.shared.security.SignedInOnly;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the signed-in person's own membership; the tenant and the account come from the principal. */
@Service
public class MembershipService {

    private final UserAccountRepository users;
    private final TenantService tenants;

    MembershipService(UserAccountRepository users, TenantService tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    /** Empty for the platform admin, who belongs to no brand. */
    @SignedInOnly
    @Transactional(readOnly = true)
    public Optional<Membership> mine() {
        AuthenticatedUser me = AuthenticatedUser.require();
        if (me.platformAdmin()) {
            return Optional.empty();
        }
        Optional<TenantSummary> tenant = tenants.current();
        return tenant.flatMap(t -> users.findById(me.accountId())
                .map(u -> new Membership(t.name(), u.getRole(), u.getCreatedAt(), Locale.of(u.getLocale()))));
    }
}
