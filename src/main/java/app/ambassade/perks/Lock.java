package app.ambassade.perks;

import java.time.Instant;

/** One unmet condition, with what the person needs to know to meet it. */
public record Lock(LockReason reason, String detail, Long points, Instant when) {

    public static Lock of(LockReason reason) {
        return new Lock(reason, null, null, null);
    }
}
