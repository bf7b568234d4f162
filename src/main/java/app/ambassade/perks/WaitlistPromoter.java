package app.ambassade.perks;

import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkClaimRepository;
import app.ambassade.perks.internal.PerkRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Moves waitlisted people to confirmed, in the order their places were decided (turns), while places are
 * free. A place is taken first ({@code takePlace}), then given to the first claim still waitlisted
 * ({@code transition}); when nobody can take it, it is given back. The caller holds the perk's row lock
 * (docs/decisions/0007), so the waitlist read here holds everyone who queued before: a freed seat never
 * goes back to the pool while someone waits.
 */
@Component
class WaitlistPromoter {

    private final PerkRepository perks;
    private final PerkClaimRepository claims;
    private final ClaimCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitlistPromoter(
            PerkRepository perks,
            PerkClaimRepository claims,
            ClaimCodes codes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.perks = perks;
        this.claims = claims;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Promotes as many waitlisted claims as places allow; returns the promoted members' ids. Runs in the
     * caller's transaction, which locked the perk's row first, so a rollback undoes the promotions.
     */
    List<Long> promote(long perkId) {
        Perk perk = perks.findById(perkId).orElseThrow(PerkNotFoundException::new);
        Instant now = clock.instant();
        List<Long> promoted = new ArrayList<>();
        while (perks.takePlace(perkId) == 1) {
            Long claimId = nextWaitlisted(perkId, now);
            if (claimId == null) {
                perks.releasePlace(perkId);
                break;
            }
            if (perk.getKind() == PerkKind.EARLY_ACCESS
                    && perk.isSingleUseCodes()
                    && !codes.assign(perkId, claimId, now)) {
                claims.transition(claimId, ClaimStatus.CONFIRMED, ClaimStatus.WAITLISTED, null);
                perks.releasePlace(perkId);
                break;
            }
            long memberId = claims.findById(claimId).map(PerkClaim::getMemberId).orElseThrow();
            events.publishEvent(new PerkActivity.Promoted(perk.getTenantId(), perkId, memberId, perk.getTitle()));
            promoted.add(memberId);
        }
        return promoted;
    }

    /** Confirms the first claim still waitlisted; null when nobody is left to promote. */
    private Long nextWaitlisted(long perkId, Instant now) {
        return Candidates.first(
                n -> claims.waitlist(perkId, PageRequest.of(0, n)),
                id -> claims.transition(id, ClaimStatus.WAITLISTED, ClaimStatus.CONFIRMED, now) == 1);
    }
}
