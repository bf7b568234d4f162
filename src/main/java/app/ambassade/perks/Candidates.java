package app.ambassade.perks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;

/**
 * Gives a contended row (a free code, the first waitlisted claim) to one caller: candidates are read, then
 * taken by a conditional update that only one transaction wins; a loser tries the next one. Pages grow
 * past the candidates already tried, so a stale snapshot of the list (repeatable read) still reaches every
 * row, and the walk ends when no untried candidate is left.
 */
final class Candidates {

    private static final int BATCH = 20;

    private Candidates() {}

    /** The first candidate {@code take} won, or null when none could be taken. */
    static Long first(IntFunction<List<Long>> firstN, LongPredicate take) {
        Set<Long> tried = new HashSet<>();
        while (true) {
            List<Long> untried = firstN.apply(tried.size() + BATCH).stream()
                    .filter(id -> !tried.contains(id))
                    .toList();
            if (untried.isEmpty()) {
                return null;
            }
            for (Long id : untried) {
                tried.add(id);
                if (take.test(id)) {
                    return id;
                }
            }
        }
    }
}
