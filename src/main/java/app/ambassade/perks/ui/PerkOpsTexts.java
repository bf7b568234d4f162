package app.ambassade.perks.ui;

import app.ambassade.perks.Attendance;
import app.ambassade.perks.ClaimStatus;

/** Keys of the claim statuses and attendance as the brand team reads them. */
final class PerkOpsTexts {

    private PerkOpsTexts() {
    }

    static String status(ClaimStatus status) {
        return switch (status) {
            case CONFIRMED -> "perk-ops.status.confirmed";
            case WAITLISTED -> "perk-ops.status.waitlisted";
            case CANCELLED -> "perk-ops.status.cancelled";
            case APPLIED -> "perk-ops.status.applied";
            case SELECTED -> "perk-ops.status.selected";
            case NOT_SELECTED -> "perk-ops.status.not-selected";
        };
    }

    static String attendance(Attendance attendance) {
        return switch (attendance) {
            case ATTENDED -> "perk-ops.attendance.attended";
            case NO_SHOW -> "perk-ops.attendance.no-show";
        };
    }
}
