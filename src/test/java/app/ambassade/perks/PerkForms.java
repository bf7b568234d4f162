package app.ambassade.perks;

import java.time.LocalDateTime;

/** Valid perk forms for tests, to change one field at a time. */
public final class PerkForms {

    private PerkForms() {
    }

    /** An event in Paris with a waitlist, cut-off 24 h before, thank-you message and pulse. */
    public static PerkForm event(String title, LocalDateTime start, LocalDateTime end, Integer capacity) {
        return new PerkForm(PerkKind.EVENT, title, "An evening in the workshop", null, null, PerkRules.open(), capacity,
                true, null, new EventDetails(start, end, "Europe/Paris", "12 rue des Fleurs, Paris", null, 24,
                "Thank you for coming!", true), null);
    }

    /** An early access revealing a link and one single-use code per member. */
    public static PerkForm codes(String title) {
        return new PerkForm(PerkKind.EARLY_ACCESS, title, "Shop the new collection first", null, null, PerkRules.open(),
                null, false, new EarlyAccessDetails("https://shop.example/preview", null, true), null, null);
    }
}
