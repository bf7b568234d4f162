package app.ambassade.perks;

import app.ambassade.perks.internal.PerkCodeRepository;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Hands a single-use code to a claim; codes are never freed, so a code goes to one claim only, ever. */
@Component
class ClaimCodes {

    private final PerkCodeRepository codes;

    ClaimCodes(PerkCodeRepository codes) {
        this.codes = codes;
    }

    /** True when a code was assigned to the claim (or it already had one), false when none is left. */
    boolean assign(long perkId, long claimId, Instant now) {
        return codes.findByClaimId(claimId).isPresent()
                || Candidates.first(
                                n -> codes.freeCodes(perkId, PageRequest.of(0, n)),
                                id -> codes.assign(id, claimId, now) == 1)
                        != null;
    }
}
