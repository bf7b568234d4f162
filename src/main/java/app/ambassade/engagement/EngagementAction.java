package app.ambassade.engagement;

/** The kinds of action that earn engagement points, with the points they earn until a manager changes them. */
public enum EngagementAction {
    JOINED_COMMUNITY(5),
    POSTED(10),
    RECEIVED_REACTION(2),
    ATTENDED_EVENT(20),
    REVIEW_APPROVED(15),
    ANSWERED_SURVEY(10),
    CLAIMED_PERK(5);

    private final int defaultPoints;

    EngagementAction(int defaultPoints) {
        this.defaultPoints = defaultPoints;
    }

    public int defaultPoints() {
        return defaultPoints;
    }
}
