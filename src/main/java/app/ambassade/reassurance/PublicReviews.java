package app.ambassade.reassurance;

/**
 * The published side of a tenant's reviews, for the public trust page and the widget. Implemented
 * by the reviews service; called for the tenant resolved from the public URL.
 */
public interface PublicReviews {

    PublicReviewSummary summary(long tenantId, int latestCount);
}
