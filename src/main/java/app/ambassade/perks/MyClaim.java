package app.ambassade.perks;

import java.time.Instant;

/**
 * The signed-in member's claim on a perk. {@code waitlistPosition} is 1-based and set only while
 * WAITLISTED; {@code code} is the single-use code assigned to them; {@code accessLink} and
 * {@code sharedCode} are revealed only once CONFIRMED. {@code cancellable} says whether they may cancel
 * (or withdraw) now, {@code cancelUntil} the last moment they may (null when there is no cut-off).
 */
public record MyClaim(
        long claimId,
        ClaimStatus status,
        Attendance attendance,
        Integer waitlistPosition,
        String code,
        String accessLink,
        String sharedCode,
        boolean cancellable,
        Instant cancelUntil) {}
