package app.ambassade.perks;

import java.time.Instant;

/** A satisfaction pulse the member has not answered yet. */
public record PendingPulse(long pulseId, long perkId, String perkTitle, Instant sentAt) {}
