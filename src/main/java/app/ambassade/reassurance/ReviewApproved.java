package app.ambassade.reassurance;

/** Published when a review is approved, so that its author's engagement can count it. */
public record ReviewApproved(long tenantId, long reviewId, long authorId) {}
