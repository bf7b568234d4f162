package app.ambassade.perks;

/** The perk does not exist for this person: another tenant's, a draft for a member, or not eligible by direct URL. */
public class PerkNotFoundException extends RuntimeException {

    public PerkNotFoundException() {
        super("Perk not found");
    }
}
