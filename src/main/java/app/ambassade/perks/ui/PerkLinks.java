package app.ambassade.perks.ui;

import com.vaadin.flow.component.Component;

/** Where the brand's perk screens live, so that views link to each other without knowing their classes. */
final class PerkLinks {

    private PerkLinks() {
    }

    static void claims(Component from, long perkId) {
        from.getUI().ifPresent(ui -> ui.navigate("manage/perks/" + perkId + "/claims"));
    }

    static void checkIn(Component from, long perkId) {
        from.getUI().ifPresent(ui -> ui.navigate("manage/perks/" + perkId + "/check-in"));
    }
}
