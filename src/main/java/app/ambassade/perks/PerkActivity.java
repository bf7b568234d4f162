package app.ambassade.perks;

/**
 * Everything the perks module tells the rest of the application: what members and the brand team did
 * to claims, published as Spring events inside the change's transaction. {@link PerkEffects} acts after
 * the commit, in the tenant carried by the event. The class names are stored in {@code event_publication}
 * until an effect completes: renaming a case needs a migration of the stored names (see V88).
 */
public sealed interface PerkActivity {

    long tenantId();

    long perkId();

    long memberId();

    /** A member claimed or applied: CONFIRMED, WAITLISTED or APPLIED. */
    record Claimed(long tenantId, long perkId, long memberId, ClaimStatus status) implements PerkActivity {}

    /** A member cancelled a seat or a place on the waitlist, or withdrew an application. */
    record Cancelled(long tenantId, long perkId, long memberId, ClaimStatus previous) implements PerkActivity {}

    /** A waitlisted member got a place that became free; they are told once per {@code promotionId}. */
    record Promoted(long tenantId, long perkId, long memberId, String perkTitle, String promotionId)
            implements PerkActivity {

        Promoted(long tenantId, long perkId, long memberId, String perkTitle) {
            this(
                    tenantId,
                    perkId,
                    memberId,
                    perkTitle,
                    java.util.UUID.randomUUID().toString());
        }
    }

    /** The brand team checked an attendee in (also late, after the event closed). */
    record CheckedIn(long tenantId, long perkId, long memberId, String title) implements PerkActivity {}

    /** The brand team selected a co-creation applicant, or not. */
    record Decided(long tenantId, long perkId, long memberId, String title, boolean selected) implements PerkActivity {}
}
