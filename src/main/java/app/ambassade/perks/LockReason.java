package app.ambassade.perks;

/** Why a person may not claim a perk yet; each comes with the exact condition in {@link Lock}. */
public enum LockReason {
    /** A higher tier is needed: detail is the tier's name, {@code points} how many points are still missing. */
    TIER,
    /** Ambassadors only. */
    AMBASSADORS_ONLY,
    /** Members of certain communities only: detail lists their names. */
    COMMUNITY,
    /** Not open yet for this person: {@code when} is the moment it opens for them. */
    NOT_YET_OPEN,
    /** Closed: the availability window or the event is over ({@code when} is when it closed). */
    CLOSED
}
