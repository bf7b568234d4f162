package app.ambassade.engagement;

import java.time.Instant;

/** One line of a person's engagement ledger: what, when, how many points, why. */
public record EngagementEntryRow(
        long id, EngagementAction action, int points, String reason, String reference, Instant occurredAt) {}
