package app.ambassade.perks;

import java.time.Instant;

/**
 * A perk as the editor sends it. Only the details of its kind are read ({@code access} for early
 * access, {@code event} for events, {@code content} for dedicated content); the others may be null.
 * {@code capacity} null means unlimited (an event needs one).
 */
public record PerkForm(
        PerkKind kind,
        String title,
        String description,
        Instant availableFrom,
        Instant availableUntil,
        PerkRules rules,
        Integer capacity,
        boolean waitlistEnabled,
        EarlyAccessDetails access,
        EventDetails event,
        ContentDetails content) {}
