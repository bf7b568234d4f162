package app.ambassade.identity;

public enum AccountStatus {
    /** Invited by the brand; has not chosen a password yet. */
    INVITED,
    /** Signed up through the join page; has not confirmed the e-mail address yet. */
    PENDING_VERIFICATION,
    ACTIVE,
    DEACTIVATED
}
