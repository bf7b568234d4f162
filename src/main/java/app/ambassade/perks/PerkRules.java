package app.ambassade.perks;

import java.util.Map;
import java.util.Set;

/**
 * Who may claim a perk: a minimum tier rank (null: anyone), ambassadors only, members of at least one
 * of some communities (empty: no condition), and early booking per tier rank (hours before the opening).
 */
public record PerkRules(
        Integer minTierRank,
        boolean ambassadorsOnly,
        Set<Long> communityIds,
        Map<Integer, Integer> earlyHoursByTierRank) {

    public static PerkRules open() {
        return new PerkRules(null, false, Set.of(), Map.of());
    }

    public PerkRules {
        communityIds = communityIds == null ? Set.of() : Set.copyOf(communityIds);
        earlyHoursByTierRank = earlyHoursByTierRank == null ? Map.of() : Map.copyOf(earlyHoursByTierRank);
    }
}
