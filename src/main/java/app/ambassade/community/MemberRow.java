package app.ambassade.community;

import java.time.Instant;

/** A line of a community's member list for managers. */
public record MemberRow(
        long memberId,
        String name,
        MembershipStatus status,
        Instant joinedAt,
        Instant mutedUntil,
        long posts,
        long comments) {}
