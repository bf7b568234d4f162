package app.ambassade.perks;

import app.ambassade.notification.NotificationTarget;

/** Notices about a perk lead to the member's page of it; they store this kind and the perk's id. */
public final class PerkTarget {

    public static final String KIND = "perk";

    private PerkTarget() {}

    public static NotificationTarget of(long perkId) {
        return new NotificationTarget(KIND, perkId);
    }
}
