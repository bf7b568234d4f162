package app.ambassade.perks;

import java.time.Instant;

/**
 * A perk as members see it before claiming: never the link, codes or gated content, which only a
 * claim (or eligibility, for content) reveals. {@code event} is null unless the kind is EVENT.
 */
public record PerkView(
        long id,
        PerkKind kind,
        PerkStatus status,
        String title,
        String description,
        boolean hasImage,
        Instant availableFrom,
        Instant availableUntil,
        Integer capacity,
        int taken,
        boolean waitlistEnabled,
        EventInfo event,
        boolean hasArticle,
        boolean hasFile,
        boolean hasVideo) {

    /** Places left, or null when unlimited. */
    public Integer placesLeft() {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }
}
