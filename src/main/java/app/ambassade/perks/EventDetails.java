package app.ambassade.perks;

import java.time.LocalDateTime;

/**
 * An event as the brand types it: local start and end in the event's time zone, a place and/or an
 * online link, how many hours before the start people may still cancel, the thank-you message sent to
 * attendees at the end, and whether a satisfaction pulse follows.
 */
public record EventDetails(
        LocalDateTime start,
        LocalDateTime end,
        String zoneId,
        String place,
        String onlineLink,
        Integer cancelCutoffHours,
        String thankYouMessage,
        boolean pulseEnabled) {}
