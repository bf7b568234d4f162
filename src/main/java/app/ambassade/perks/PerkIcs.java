package app.ambassade.perks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The calendar file (RFC 5545) of an event: times in UTC, TEXT values escaped, lines folded at 75
 * octets (never inside a UTF-8 character), CRLF line ends. Hand-written: ical4j folds at 75 characters,
 * which breaks the rule for accented text, and the rest is a handful of lines.
 */
final class PerkIcs {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** What goes in the file; {@code link} (online events) becomes the URL, and the location when there is no place. */
    record Event(
            String uid,
            Instant stamp,
            Instant start,
            Instant end,
            String title,
            String description,
            String place,
            String link) {}

    private PerkIcs() {}

    static String write(Event e) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Ambassade//Perks//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(e.uid()));
        line(ics, "DTSTAMP:" + utc(e.stamp()));
        line(ics, "DTSTART:" + utc(e.start()));
        line(ics, "DTEND:" + utc(e.end()));
        line(ics, "SUMMARY:" + text(e.title()));
        String location = blank(e.place()) ? e.link() : e.place();
        if (!blank(location)) {
            line(ics, "LOCATION:" + text(location));
        }
        if (!blank(e.link())) {
            line(ics, "URL:" + e.link().strip());
        }
        if (!blank(e.description())) {
            line(ics, "DESCRIPTION:" + text(e.description()));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded so that no physical line exceeds 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
