package app.ambassade.perks;

/** What the brand team did to claims; listeners act on it once the change is committed. */
final class PerkOperationsEvents {

    private PerkOperationsEvents() {
    }

    /** An attendee was checked in (also late, after the event closed). */
    record CheckedIn(long tenantId, long perkId, long memberId, String title) {
    }

    /** A co-creation applicant was selected or not. */
    record Decided(long tenantId, long perkId, long memberId, String title, boolean selected) {
    }
}
