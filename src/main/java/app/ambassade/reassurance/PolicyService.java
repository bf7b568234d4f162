package app.ambassade.reassurance;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.reassurance.internal.PolicyVersion;
import app.ambassade.reassurance.internal.PolicyVersionRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versioned policies (return, delivery, privacy). Editing writes the one draft of a type (created
 * on first edit after a publication); publishing makes the draft the current version and records
 * who and when. Published versions are never changed, so the public can read every earlier one.
 */
@Service
@ManagerOnly
public class PolicyService {

    public static final int MAX_BODY = 12000;

    private final PolicyVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PolicyService(PolicyVersionRepository versions, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /** Every version of a type, newest first (the draft, when there is one, comes first). */
    @Transactional(readOnly = true)
    public List<PolicyVersionRow> history(PolicyType type) {
        return versions.findByTypeOrderByNumberDesc(type).stream()
                .map(PolicyService::row)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PolicyVersionRow> draft(PolicyType type) {
        return versions.findFirstByTypeAndPublishedFalse(type).map(PolicyService::row);
    }

    @Transactional(readOnly = true)
    public Optional<PolicyVersionRow> current(PolicyType type) {
        return versions.findFirstByTypeAndPublishedTrueOrderByNumberDesc(type).map(PolicyService::row);
    }

    /** Creates or updates the draft of a type; the current published version stays as it is. */
    @Transactional
    public PolicyVersionRow saveDraft(PolicyType type, String body) {
        Checks.start()
                .require(type != null, "type", "validation.required")
                .text(body, "body", 10, MAX_BODY)
                .throwIfAny();
        PolicyVersion draft = versions.findFirstByTypeAndPublishedFalse(type).orElseGet(() -> {
            int next = versions.findFirstByTypeOrderByNumberDesc(type)
                    .map(v -> v.getNumber() + 1)
                    .orElse(1);
            return new PolicyVersion(type, next, body.strip(), clock.instant());
        });
        draft.edit(body.strip(), clock.instant());
        return row(versions.save(draft));
    }

    /** Publishes the draft of a type: it becomes the version the public sees. */
    @Transactional
    public PolicyVersionRow publish(PolicyType type) {
        PolicyVersion draft = versions.findFirstByTypeAndPublishedFalse(type)
                .orElseThrow(() -> InvalidInputException.of("body", "trust.error.no-draft"));
        String who = AuthenticatedUser.current()
                .map(u -> u.displayName() + " <" + u.email() + ">")
                .orElse("?");
        draft.publish(who, clock.instant());
        events.publishEvent(AuditableAction.tenant(
                TenantContext.requireTenantId(), "trust.policy-published", type.slug(), "v" + draft.getNumber()));
        return row(versions.save(draft));
    }

    /** Drops the unpublished draft of a type. */
    @Transactional
    public void discardDraft(PolicyType type) {
        versions.findFirstByTypeAndPublishedFalse(type).ifPresent(versions::delete);
    }

    static PolicyVersionRow row(PolicyVersion v) {
        return new PolicyVersionRow(
                v.getId(),
                v.getType(),
                v.getNumber(),
                v.getBody(),
                v.isPublished(),
                v.getUpdatedAt(),
                v.getPublishedAt(),
                v.getPublishedBy());
    }
}
