package app.ambassade.identity;

/** How the brand team sees a person in its grids and exports: display name (or e-mail) and e-mail. */
public record PersonContact(long id, String displayName, String email) {}
