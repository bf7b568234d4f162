package app.ambassade.community;

import java.time.Instant;

/** A community as listed: {@code myStatus} is null when the viewer has no relation to it. */
public record CommunitySummary(
        long id,
        String name,
        String description,
        Visibility visibility,
        boolean archived,
        boolean hasCover,
        MembershipStatus myStatus,
        Instant createdAt,
        long version) {

    public boolean member() {
        return myStatus == MembershipStatus.ACTIVE;
    }
}
