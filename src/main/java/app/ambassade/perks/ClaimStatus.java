package app.ambassade.perks;

/**
 * Where a person's claim stands. Events and early access: CONFIRMED, WAITLISTED or CANCELLED. Dedicated
 * content: CONFIRMED once opened. Co-creation: APPLIED, then SELECTED or NOT_SELECTED (or CANCELLED when
 * the applicant withdraws).
 */
public enum ClaimStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    APPLIED,
    SELECTED,
    NOT_SELECTED
}
