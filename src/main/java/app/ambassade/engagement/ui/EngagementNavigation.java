package app.ambassade.engagement.ui;

import com.vaadin.flow.router.RouteConfiguration;

/** Where the engagement screens live: reached here, never by a typed path. */
final class EngagementNavigation {

    private EngagementNavigation() {}

    /** The signed-in person's points and tier ({@code my-engagement}). */
    static String myEngagement() {
        return RouteConfiguration.forApplicationScope().getUrl(MyEngagementView.class);
    }
}
