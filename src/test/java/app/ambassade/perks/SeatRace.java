package app.ambassade.perks;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.support.Race;
import app.ambassade.support.TestData;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Each person's attempt on a thread of its own, all released at once (see {@link Race}), signed in as them. */
final class SeatRace {

    private SeatRace() {}

    /** The outcomes in the order of {@code people}. */
    @SuppressWarnings("unchecked")
    static <T> List<T> run(List<AuthenticatedUser> people, Function<AuthenticatedUser, Callable<T>> attempt)
            throws Exception {
        Object[] outcomes = new Object[people.size()];
        AtomicInteger next = new AtomicInteger();
        Race.run(people.size(), () -> {
            int index = next.getAndIncrement();
            AuthenticatedUser person = people.get(index);
            TestData.signIn(person);
            try {
                outcomes[index] = attempt.apply(person).call();
                return index;
            } finally {
                TestData.signOut();
            }
        });
        return (List<T>) Arrays.asList(outcomes);
    }
}
