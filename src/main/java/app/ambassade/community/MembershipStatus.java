package app.ambassade.community;

/** A person's relation to a community: a member, a pending join request, or a pending invitation. */
public enum MembershipStatus {
    ACTIVE,
    REQUESTED,
    INVITED
}
