package app.ambassade.community;

import app.ambassade.notification.NotificationTarget;

/** Notices about a community lead to its page; they store this kind and the community's id. */
public final class CommunityTarget {

    public static final String KIND = "community";

    private CommunityTarget() {}

    public static NotificationTarget of(long communityId) {
        return new NotificationTarget(KIND, communityId);
    }
}
