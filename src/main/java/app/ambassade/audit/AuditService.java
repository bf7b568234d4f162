package app.ambassade.audit;

import app.ambassade.audit.internal.AuditEntry;
import app.ambassade.audit.internal.AuditEntryRepository;
import app.ambassade.audit.internal.PlatformAuditEntry;
import app.ambassade.audit.internal.PlatformAuditEntryRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.Roles;
import app.ambassade.tenancy.TenantContext;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records the sensitive actions other modules announce, once their transaction has committed,
 * with the acting person taken from the security context.
 */
@Service
public class AuditService {

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final AuditEntryRepository entries;
    private final PlatformAuditEntryRepository platformEntries;
    private final Clock clock;
    private final AuditWriter writer;

    AuditService(AuditEntryRepository entries, PlatformAuditEntryRepository platformEntries, Clock clock,
                 AuditWriter writer) {
        this.entries = entries;
        this.platformEntries = platformEntries;
        this.clock = clock;
        this.writer = writer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AuditableAction action) {
        String actor = actor();
        log.info("audit {} target={} actor={}", action.action(), action.target(), actor);
        if (action.tenantId() == null) {
            writer.platform(new PlatformAuditEntry(clock.instant(), actor, action.action(),
                    cut(action.target(), 254), cut(action.details(), 1000)));
        } else {
            TenantContext.runAs(action.tenantId(), () -> writer.tenant(new AuditEntry(clock.instant(), actor,
                    action.action(), cut(action.target(), 254), cut(action.details(), 1000))));
        }
    }

    @PreAuthorize("hasRole('" + Roles.BRAND_MANAGER + "')")
    @Transactional(readOnly = true)
    public Page<AuditRecord> tenantLog(Pageable pageable) {
        return entries.findAllByOrderByOccurredAtDescIdDesc(pageable)
                .map(e -> new AuditRecord(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetails()));
    }

    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    @Transactional(readOnly = true)
    public Page<AuditRecord> platformLog(Pageable pageable) {
        return platformEntries.findAllByOrderByOccurredAtDescIdDesc(pageable)
                .map(e -> new AuditRecord(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetails()));
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : cut(authentication.getName(), 254);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** Writes in a transaction of its own, opened after the tenant scope is set. */
    @org.springframework.stereotype.Component
    static class AuditWriter {

        private final AuditEntryRepository entries;
        private final PlatformAuditEntryRepository platformEntries;

        AuditWriter(AuditEntryRepository entries, PlatformAuditEntryRepository platformEntries) {
            this.entries = entries;
            this.platformEntries = platformEntries;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void tenant(AuditEntry entry) {
            entries.save(entry);
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void platform(PlatformAuditEntry entry) {
            platformEntries.save(entry);
        }
    }
}
