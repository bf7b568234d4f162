package app.ambassade.perks;

import java.time.Instant;

/**
 * A line of the brand's claims grid and export: who claimed, where the claim stands, what they wrote
 * (co-creation), the single-use code they got (early access) and when things happened.
 */
public record ClaimRow(
        long claimId,
        long memberId,
        String name,
        String email,
        ClaimStatus status,
        Attendance attendance,
        String motivation,
        String code,
        Instant claimedAt,
        Instant decidedAt,
        Instant checkedInAt) {}
