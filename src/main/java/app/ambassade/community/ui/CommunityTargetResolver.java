package app.ambassade.community.ui;

import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunityTarget;
import app.ambassade.notification.NotificationTargetResolver;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A community notice opens the community's page, if the reader still sees that community in their brand. */
@Component
class CommunityTargetResolver implements NotificationTargetResolver {

    private final CommunityService communities;

    CommunityTargetResolver(CommunityService communities) {
        this.communities = communities;
    }

    @Override
    public String kind() {
        return CommunityTarget.KIND;
    }

    @Override
    public Optional<String> location(long id) {
        return communities.find(id).map(community -> CommunityNavigation.community(community.id()));
    }
}
