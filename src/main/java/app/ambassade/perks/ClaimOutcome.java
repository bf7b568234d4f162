package app.ambassade.perks;

/**
 * What a claim or application ended as, read right after it committed (so a place on the waitlist may already
 * have turned into a seat); {@code waitlistPosition} (1-based) only when WAITLISTED.
 */
public record ClaimOutcome(ClaimStatus status, Integer waitlistPosition) {}
