package app.ambassade.identity;

import java.time.Instant;

/** A line of the brand's people grid. */
public record PersonRow(
        long id,
        String email,
        String displayName,
        Role role,
        AccountStatus status,
        Instant createdAt,
        Instant lastLoginAt,
        long version) {}
