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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the sensitive actions other modules announce, once their transaction has committed, with
 * the acting person captured when the action was announced.
 */
@Service
public class AuditService {

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final AuditEntryRepository entries;
    private final PlatformAuditEntryRepository platformEntries;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, PlatformAuditEntryRepository platformEntries, Clock clock) {
        this.entries = entries;
        this.platformEntries = platformEntries;
        this.clock = clock;
    }

    /** Durable (retried after a crash) and idempotent: a second delivery of the same action adds nothing. */
    @ApplicationModuleListener
    void on(AuditableAction action) {
        log.info("audit {} target={} actor={}", action.action(), action.target(), action.actor());
        String actor = cut(action.actor(), 254);
        if (action.tenantId() == null) {
            if (!platformEntries.existsByEventId(action.eventId())) {
                platformEntries.save(new PlatformAuditEntry(action.eventId(), clock.instant(), actor, action.action(),
                        cut(action.target(), 254), cut(action.details(), 1000)));
            }
        } else {
            TenantContext.runAs(action.tenantId(), () -> {
                if (!entries.existsByEventId(action.eventId())) {
                    entries.save(new AuditEntry(action.eventId(), clock.instant(), actor, action.action(),
                            cut(action.target(), 254), cut(action.details(), 1000)));
                }
            });
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

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
