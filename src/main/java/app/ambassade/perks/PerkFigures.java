package app.ambassade.perks;

/**
 * A perk's figures for the brand team. {@code attendanceRate} is attended / (attended + no-shows), null
 * until someone was checked in or recorded absent; {@code capacity} and {@code placesLeft} are null when
 * the perk is unlimited; {@code averageScore} is null until a pulse is answered.
 */
public record PerkFigures(
        long confirmed,
        long waitlisted,
        long cancelled,
        long applied,
        long selected,
        long notSelected,
        long attended,
        long noShows,
        Double attendanceRate,
        Integer capacity,
        Integer placesLeft,
        long codesTotal,
        long codesFree,
        long pulsesSent,
        long pulsesAnswered,
        Double averageScore) {}
