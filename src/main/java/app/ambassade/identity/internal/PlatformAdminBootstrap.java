package app.ambassade.identity.internal;

import app.ambassade.identity.AccountProvisioning;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a real database, the first platform admin comes from AMBASSADE_ADMIN_EMAIL and
 * AMBASSADE_ADMIN_PASSWORD, created once if absent.
 */
@Component
class PlatformAdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final AccountProvisioning provisioning;
    private final String email;
    private final String password;
    private final boolean demoData;

    PlatformAdminBootstrap(
            AccountProvisioning provisioning,
            @Value("${ambassade.bootstrap-admin.email:}") String email,
            @Value("${ambassade.bootstrap-admin.password:}") String password,
            @Value("${ambassade.demo-data:false}") boolean demoData) {
        this.provisioning = provisioning;
        this.email = email;
        this.password = password;
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createFirstAdmin() {
        if (email.isBlank() || password.isBlank()) {
            // In the embedded default the demo seed creates the platform admin right after this.
            if (!demoData && !provisioning.anyPlatformAdmin()) {
                log.warn(
                        "No platform admin exists; set AMBASSADE_ADMIN_EMAIL and AMBASSADE_ADMIN_PASSWORD to create one");
            }
            return;
        }
        if (provisioning.ensurePlatformAdmin(email, "Platform admin", password, Locale.ENGLISH)) {
            log.info("Created the first platform admin");
        }
    }
}
