package app.ambassade.reassurance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;

/** Where the review and trust screens live: reached here, never by a typed path. */
final class ReassuranceNavigation {

    private ReassuranceNavigation() {}

    /** The queue of reviews waiting for a manager's decision ({@code reviews/moderation}). */
    static String moderation() {
        return RouteConfiguration.forApplicationScope().getUrl(ReviewModerationView.class);
    }

    static void navigateToReview(long reviewId) {
        UI.getCurrent().navigate(ReviewDetailView.class, String.valueOf(reviewId));
    }
}
