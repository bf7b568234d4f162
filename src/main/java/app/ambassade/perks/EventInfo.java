package app.ambassade.perks;

import java.time.Instant;
import java.time.ZoneId;

/**
 * When and where an event happens: instants (shown in the viewer's zone), the event's own zone, and the
 * last moment a seat may be cancelled.
 */
public record EventInfo(
        Instant startsAt, Instant endsAt, ZoneId zone, String place, String onlineLink, Instant cancelUntil) {}
