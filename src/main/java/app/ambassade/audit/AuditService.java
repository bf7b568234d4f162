package app.ambassade.audit;

import app.ambassade.audit.internal.AuditEntry;
import app.ambassade.audit.internal.AuditEntryRepository;
import app.ambassade.audit.internal.PlatformAuditEntry;
import app.ambassade.audit.internal.PlatformAuditEntryRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.security.PlatformAdminOnly;
import app.ambassade.tenancy.TenantContext;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate write;

    AuditService(
            AuditEntryRepository entries,
            PlatformAuditEntryRepository platformEntries,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.platformEntries = platformEntries;
        this.clock = clock;
        this.write = new TransactionTemplate(transactions);
    }

    /**
     * Durable (retried after a crash) and idempotent: a second delivery of the same action adds nothing.
     * Runs outside any transaction and writes in one of its own, opened inside the tenant's scope
     * (Hibernate fixes a session's tenant when it opens).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AuditableAction action) {
        log.info("audit {} target={} actor={}", action.action(), action.target(), action.actor());
        String actor = cut(action.actor(), 254);
        String target = cut(action.target(), 254);
        String details = cut(action.details(), 1000);
        if (action.tenantId() == null) {
            write.executeWithoutResult(status -> {
                if (!platformEntries.existsByEventId(action.eventId())) {
                    platformEntries.save(new PlatformAuditEntry(
                            action.eventId(), clock.instant(), actor, action.action(), target, details));
                }
            });
        } else {
            TenantContext.runAs(
                    action.tenantId(),
                    () -> write.executeWithoutResult(status -> {
                        if (!entries.existsByEventId(action.eventId())) {
                            entries.save(new AuditEntry(
                                    action.eventId(), clock.instant(), actor, action.action(), target, details));
                        }
                    }));
        }
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public Page<AuditRecord> tenantLog(Pageable pageable) {
        return entries.findAllByOrderByOccurredAtDescIdDesc(pageable)
                .map(e ->
                        new AuditRecord(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetails()));
    }

    @PlatformAdminOnly
    @Transactional(readOnly = true)
    public Page<AuditRecord> platformLog(Pageable pageable) {
        return platformEntries
                .findAllByOrderByOccurredAtDescIdDesc(pageable)
                .map(e ->
                        new AuditRecord(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetails()));
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
