package app.ambassade.shared.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Localized display of instants: stored in UTC, shown in the viewer's zone and language. */
public final class Formats {

    private Formats() {}

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(TranslationProvider.supported(locale))
                .withZone(zone)
                .format(instant);
    }

    public static String date(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(TranslationProvider.supported(locale))
                .withZone(zone)
                .format(instant);
    }
}
