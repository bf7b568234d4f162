package app.ambassade.community;

/** Who may see a community: every member, members let in by a manager, or ambassadors only. */
public enum Visibility {
    OPEN,
    INVITE_ONLY,
    AMBASSADORS_ONLY
}
