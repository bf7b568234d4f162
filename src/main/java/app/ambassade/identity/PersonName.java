package app.ambassade.identity;

/** How other people are shown: their display name (or e-mail when they have none yet) and role. */
public record PersonName(long id, String displayName, Role role) {}
