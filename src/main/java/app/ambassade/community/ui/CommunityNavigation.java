package app.ambassade.community.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.modulith.NamedInterface;

/** Where the community screens live: views and other modules reach them here, never by a typed path. */
@NamedInterface("navigation")
public final class CommunityNavigation {

    static final String ID = "id";

    private CommunityNavigation() {}

    /** The address of a community's page ({@code communities/42}). */
    public static String community(long communityId) {
        return RouteConfiguration.forApplicationScope().getUrl(CommunityView.class, id(communityId));
    }

    public static void navigateToCommunity(long communityId) {
        UI.getCurrent().navigate(CommunityView.class, id(communityId));
    }

    public static void navigateToCommunities() {
        UI.getCurrent().navigate(CommunitiesView.class);
    }

    static void navigateToActivity(long communityId) {
        UI.getCurrent().navigate(CommunityActivityView.class, id(communityId));
    }

    static RouteParameters id(long communityId) {
        return new RouteParameters(ID, String.valueOf(communityId));
    }
}
