package app.ambassade.engagement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a person stands: their points (the sum of their ledger), the highest tier whose threshold
 * they reached (empty below the first threshold) and the next tier with the points still to go.
 */
public record EngagementStatus(long points, Optional<Tier> current, Optional<Tier> next) {

    public static EngagementStatus of(long points, List<Tier> tiers) {
        Optional<Tier> current = tiers.stream()
                .filter(t -> t.threshold() <= points)
                .max(Comparator.comparingInt(Tier::threshold).thenComparingInt(Tier::rank));
        Optional<Tier> next = tiers.stream()
                .filter(t -> t.threshold() > points)
                .min(Comparator.comparingInt(Tier::threshold).thenComparingInt(Tier::rank));
        return new EngagementStatus(points, current, next);
    }

    /** Points still to earn to reach the next tier; 0 at the top. */
    public long pointsToNext() {
        return next.map(t -> t.threshold() - points).orElse(0L);
    }

    /** Progress from the current tier's threshold to the next one, between 0 and 1 (1 at the top). */
    public double progress() {
        if (next.isEmpty()) {
            return 1;
        }
        long from = current.map(Tier::threshold).orElse(0);
        long span = next.get().threshold() - from;
        return span <= 0 ? 0 : Math.max(0, Math.min(1, (points - from) / (double) span));
    }
}
