package app.ambassade.perks;

/** Only published perks are shown to members; archived ones stay for the figures. */
public enum PerkStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
