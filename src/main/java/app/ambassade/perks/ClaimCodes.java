package app.ambassade.perks;

import app.ambassade.perks.internal.PerkCodeRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Hands a single-use code to a claim. Candidates are read, then taken by a conditional update that only
 * one transaction wins; a loser tries the next candidate. Codes are never freed, so walking the list
 * (even a stale snapshot of it) finds a free code whenever one exists.
 */
@Component
class ClaimCodes {

    private static final int BATCH = 10;

    private final PerkCodeRepository codes;

    ClaimCodes(PerkCodeRepository codes) {
        this.codes = codes;
    }

    /** True when a code was assigned to the claim (or it already had one), false when none is left. */
    boolean assign(long perkId, long claimId, Instant now) {
        if (codes.findByClaimId(claimId).isPresent()) {
            return true;
        }
        Set<Long> tried = new HashSet<>();
        while (true) {
            List<Long> candidates = codes.freeCodes(perkId, PageRequest.of(0, tried.size() + BATCH)).stream()
                    .filter(id -> !tried.contains(id)).toList();
            if (candidates.isEmpty()) {
                return false;
            }
            for (Long id : candidates) {
                tried.add(id);
                if (codes.assign(id, claimId, now) == 1) {
                    return true;
                }
            }
        }
    }
}
