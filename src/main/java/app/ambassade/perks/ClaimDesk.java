package app.ambassade.perks;

import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkClaimRepository;
import app.ambassade.perks.internal.PerkRepository;
import app.ambassade.shared.validation.InvalidInputException;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Claims and cancellations, inside the caller's transaction; a refusal is thrown, so the transaction
 * rolls back and nothing is half-saved. The caller has locked the perk's row first ({@code PerkRepository.lock},
 * its transaction's first statement, at READ COMMITTED): claims, cancellations and promotions of one perk
 * run one after the other, each seeing every claim committed before it, and always lock the perk, then
 * claim rows, then codes, so they queue up instead of deadlocking (docs/decisions/0007).
 */
@Component
class ClaimDesk {

    private final PerkRepository perks;
    private final PerkClaimRepository claims;
    private final ClaimCodes codes;
    private final WaitlistPromoter promoter;
    private final ApplicationEventPublisher events;

    ClaimDesk(
            PerkRepository perks,
            PerkClaimRepository claims,
            ClaimCodes codes,
            WaitlistPromoter promoter,
            ApplicationEventPublisher events) {
        this.perks = perks;
        this.claims = claims;
        this.codes = codes;
        this.promoter = promoter;
        this.events = events;
    }

    /** What a claim ended as, before any position is read (that is done after commit). */
    record Taken(ClaimStatus status, long claimId) {}

    /**
     * Takes a place (CONFIRMED), queues (WAITLISTED) or, for co-creation, applies (APPLIED, no place taken
     * until the brand selects). {@code existing} is the member's row for this perk, reused when CANCELLED.
     * The claim gets the perk's next turn: the waitlist is ordered by it.
     */
    Taken take(Perk perk, long memberId, PerkClaim existing, String motivation, Instant now) {
        if (existing != null && existing.getStatus() != ClaimStatus.CANCELLED) {
            throw InvalidInputException.of("claim", "perk-claims.error.already-claimed");
        }
        long perkId = perk.getId();
        ClaimStatus status;
        if (perk.getKind() == PerkKind.CO_CREATION) {
            status = ClaimStatus.APPLIED;
        } else if (perks.takePlace(perkId) == 1) {
            status = ClaimStatus.CONFIRMED;
        } else if (perk.isWaitlistEnabled()) {
            status = ClaimStatus.WAITLISTED;
        } else {
            throw InvalidInputException.of("claim", "perk-claims.error.full");
        }
        long turn = nextTurn(perkId);
        PerkClaim claim = existing == null
                ? insert(perkId, memberId, status, motivation, now, turn)
                : reuse(existing, status, motivation, now, turn);
        if (status == ClaimStatus.CONFIRMED
                && perk.getKind() == PerkKind.EARLY_ACCESS
                && perk.isSingleUseCodes()
                && !codes.assign(perkId, claim.getId(), now)) {
            throw InvalidInputException.of("claim", "perk-claims.error.no-codes-left");
        }
        events.publishEvent(new PerkActivity.Claimed(perk.getTenantId(), perkId, memberId, status));
        return new Taken(status, claim.getId());
    }

    /**
     * Cancels a seat or a place on the waitlist of an event, or withdraws an application. A freed seat
     * goes to the first waitlisted person in the same transaction.
     */
    void cancel(Perk perk, PerkClaim claim, Instant now) {
        ClaimStatus from = claim.getStatus();
        boolean freesSeat = from == ClaimStatus.CONFIRMED;
        if (freesSeat) {
            perks.releasePlace(perk.getId());
        }
        if (claims.transition(claim.getId(), from, ClaimStatus.CANCELLED, now) == 0) {
            throw InvalidInputException.of("cancel", "perk-claims.error.not-cancellable");
        }
        events.publishEvent(new PerkActivity.Cancelled(perk.getTenantId(), perk.getId(), claim.getMemberId(), from));
        if (freesSeat) {
            promoter.promote(perk.getId());
        }
    }

    /** The 1-based place of a waitlisted claim; read it after the claim's transaction committed, in a new one. */
    Integer position(long memberId, long claimId) {
        return claims.waitlistPositions(memberId).stream()
                .filter(row -> ((Number) row[0]).longValue() == claimId)
                .map(row -> ((Number) row[1]).intValue())
                .findFirst()
                .orElse(null);
    }

    private long nextTurn(long perkId) {
        perks.nextTurn(perkId);
        return perks.findById(perkId).orElseThrow(PerkNotFoundException::new).getLastTurn();
    }

    private PerkClaim insert(
            long perkId, long memberId, ClaimStatus status, String motivation, Instant now, long turn) {
        try {
            return claims.saveAndFlush(new PerkClaim(perkId, memberId, status, motivation, now, turn));
        } catch (DataIntegrityViolationException raced) {
            // the same person claimed at the same moment (another tab, a double tap): theirs stands
            throw InvalidInputException.of("claim", "perk-claims.error.already-claimed");
        }
    }

    /** Reuses a cancelled row: only one of several simultaneous re-claims wins it. */
    private PerkClaim reuse(PerkClaim cancelled, ClaimStatus status, String motivation, Instant now, long turn) {
        if (claims.transition(cancelled.getId(), ClaimStatus.CANCELLED, status, now) == 0) {
            throw InvalidInputException.of("claim", "perk-claims.error.already-claimed");
        }
        PerkClaim claim = claims.findById(cancelled.getId()).orElseThrow(PerkNotFoundException::new);
        claim.requeue(status, motivation, now, turn);
        return claims.saveAndFlush(claim);
    }
}
