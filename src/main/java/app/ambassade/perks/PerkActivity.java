package app.ambassade.perks;

/**
 * What happens to members' claims, published as Spring events inside the claim's transaction. Listeners
 * act after the commit, in the tenant carried by the event.
 */
public sealed interface PerkActivity {

    long tenantId();

    long perkId();

    long memberId();

    /** A member claimed or applied: CONFIRMED, WAITLISTED or APPLIED. */
    record Claimed(long tenantId, long perkId, long memberId, ClaimStatus status) implements PerkActivity {
    }

    /** A member cancelled a seat or a place on the waitlist, or withdrew an application. */
    record Cancelled(long tenantId, long perkId, long memberId, ClaimStatus previous) implements PerkActivity {
    }

    /** A waitlisted member got a place that became free; they are told once per {@code promotionId}. */
    record Promoted(long tenantId, long perkId, long memberId, String perkTitle, String promotionId)
            implements PerkActivity {

        Promoted(long tenantId, long perkId, long memberId, String perkTitle) {
            this(tenantId, perkId, memberId, perkTitle, java.util.UUID.randomUUID().toString());
        }
    }
}
