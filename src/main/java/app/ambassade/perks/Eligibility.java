package app.ambassade.perks;

import java.time.Instant;
import java.util.List;

/**
 * Whether the signed-in person may claim now; if not, every unmet condition. {@code opensAt} is when the
 * perk opens for this person (earlier than for others with an early-booking window), null if always open.
 */
public record Eligibility(List<Lock> locks, Instant opensAt) {

    public Eligibility {
        locks = List.copyOf(locks);
    }

    public boolean eligible() {
        return locks.isEmpty();
    }
}
