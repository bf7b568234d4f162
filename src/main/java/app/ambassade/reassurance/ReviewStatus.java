package app.ambassade.reassurance;

/** Where a review stands: waiting for moderation, published, or refused under a listed criterion. */
public enum ReviewStatus {
    PENDING,
    APPROVED,
    REFUSED
}
