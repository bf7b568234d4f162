package app.ambassade.perks;

/** The four kinds of perk. */
public enum PerkKind {
    EARLY_ACCESS,
    EVENT,
    CONTENT,
    CO_CREATION
}
