package app.ambassade.identity;

/** What the invitation page shows before the person accepts. */
public record InvitationDetails(String email, Role role, String tenantName) {}
