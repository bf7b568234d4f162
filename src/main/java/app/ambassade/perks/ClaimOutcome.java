package app.ambassade.perks;

/** What a claim or application ended as; {@code waitlistPosition} (1-based) only when WAITLISTED. */
public record ClaimOutcome(ClaimStatus status, Integer waitlistPosition) {
}
