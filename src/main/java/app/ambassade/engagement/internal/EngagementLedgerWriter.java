package app.ambassade.engagement.internal;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.Tier;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes in transactions of their own, opened after the caller entered the tenant's scope (an
 * event listener may run after the publisher's transaction committed, outside any request).
 */
@Component
public class EngagementLedgerWriter {

    private final EngagementEntryRepository entries;
    private final EngagementPointsRepository points;
    private final EngagementTierRepository tiers;

    EngagementLedgerWriter(
            EngagementEntryRepository entries, EngagementPointsRepository points, EngagementTierRepository tiers) {
        this.entries = entries;
        this.points = points;
        this.tiers = tiers;
    }

    /** Appends a line unless the same (member, action, reference) is already there; true when appended. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean append(long memberId, EngagementAction action, String reference, String reason, Instant now) {
        if (entries.existsByMemberIdAndActionAndReference(memberId, action, reference)) {
            return false;
        }
        int earned =
                points.findByAction(action).map(EngagementPoints::getPoints).orElse(action.defaultPoints());
        entries.saveAndFlush(new EngagementEntry(memberId, action, reference, earned, reason, now));
        return true;
    }

    /** Creates the given tiers when the tenant has none yet. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureTiers(List<Tier> defaults) {
        if (tiers.count() == 0) {
            tiers.saveAllAndFlush(defaults.stream()
                    .map(t -> new EngagementTier(t.rank(), t.name(), t.threshold(), t.benefits()))
                    .toList());
        }
    }
}
