package app.ambassade.identity.security;

import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.internal.PlatformAdminRepository;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantService;
import org.springframework.stereotype.Component;

/** Whether a signed-in principal may go on: compared with the database on each request. */
@Component
class SessionChecks {

    private final UserAccountRepository users;
    private final PlatformAdminRepository admins;
    private final TenantService tenants;

    SessionChecks(UserAccountRepository users, PlatformAdminRepository admins, TenantService tenants) {
        this.users = users;
        this.admins = admins;
        this.tenants = tenants;
    }

    boolean stillValid(AuthenticatedUser user) {
        if (user.platformAdmin()) {
            return admins.findById(user.accountId())
                    .map(a -> a.getSecurityStamp() == user.securityStamp())
                    .orElse(false);
        }
        boolean tenantActive =
                tenants.findById(user.tenantId()).map(t -> t.active()).orElse(false);
        return tenantActive
                && TenantContext.callAs(
                        user.tenantId(),
                        () -> users.findById(user.accountId())
                                .map(a -> a.getStatus() == AccountStatus.ACTIVE
                                        && a.getSecurityStamp() == user.securityStamp())
                                .orElse(false));
    }
}
