package app.ambassade.perks;

import java.time.Instant;

/** A line of the brand's catalogue grid. */
public record PerkRow(
        long id,
        PerkKind kind,
        PerkStatus status,
        String title,
        Instant startsAt,
        Integer capacity,
        int taken,
        Instant updatedAt) {}
