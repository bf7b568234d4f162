package app.ambassade.reassurance;

/** Published when a review is approved or refused, so that its author is told by e-mail after the decision commits. */
public record ReviewModerated(long tenantId, long reviewId) {}
