package app.ambassade.reassurance;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What a moderation decision causes, once committed: points for an approved review, and the e-mail to
 * its author. Durable and idempotent, like every cross-module effect (decision record 0009).
 */
@Component
class ReviewEffects {

    private final EngagementService engagement;
    private final ReviewService reviews;

    ReviewEffects(EngagementService engagement, ReviewService reviews) {
        this.engagement = engagement;
        this.reviews = reviews;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReviewApproved event) {
        engagement.record(
                event.tenantId(), event.authorId(), EngagementAction.REVIEW_APPROVED, "review:" + event.reviewId(), "");
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ReviewModerated event) {
        reviews.tellAuthor(event.tenantId(), event.reviewId());
    }
}
