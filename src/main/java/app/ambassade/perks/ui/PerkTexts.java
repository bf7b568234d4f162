package app.ambassade.perks.ui;

import app.ambassade.perks.Attendance;
import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.EventInfo;
import app.ambassade.perks.Lock;
import app.ambassade.perks.MyClaim;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkStatus;
import app.ambassade.perks.PerkView;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Perks in the reader's language: kinds and statuses (brand and member screens); for the brand team
 * claims' statuses and attendance; for members the status of their claim, the conditions that unlock a
 * perk, event times in two zones.
 */
final class PerkTexts {

    private PerkTexts() {}

    static String kind(Component c, PerkKind kind) {
        return switch (kind) {
            case EARLY_ACCESS -> c.getTranslation("perks.kind.early-access");
            case EVENT -> c.getTranslation("perks.kind.event");
            case CONTENT -> c.getTranslation("perks.kind.content");
            case CO_CREATION -> c.getTranslation("perks.kind.co-creation");
        };
    }

    static String status(Component c, PerkStatus status) {
        return switch (status) {
            case DRAFT -> c.getTranslation("perks.status.draft");
            case PUBLISHED -> c.getTranslation("perks.status.published");
            case ARCHIVED -> c.getTranslation("perks.status.archived");
        };
    }

    /** A claim's status as the brand team reads it. */
    static String claimStatus(Component c, ClaimStatus status) {
        return switch (status) {
            case CONFIRMED -> c.getTranslation("perk-ops.status.confirmed");
            case WAITLISTED -> c.getTranslation("perk-ops.status.waitlisted");
            case CANCELLED -> c.getTranslation("perk-ops.status.cancelled");
            case APPLIED -> c.getTranslation("perk-ops.status.applied");
            case SELECTED -> c.getTranslation("perk-ops.status.selected");
            case NOT_SELECTED -> c.getTranslation("perk-ops.status.not-selected");
        };
    }

    static String attendance(Component c, Attendance attendance) {
        return switch (attendance) {
            case ATTENDED -> c.getTranslation("perk-ops.attendance.attended");
            case NO_SHOW -> c.getTranslation("perk-ops.attendance.no-show");
        };
    }

    /** Where my claim stands, with the waitlist position and attendance when there is one. */
    static String status(Component c, PerkKind kind, MyClaim claim) {
        if (claim.attendance() != null) {
            return switch (claim.attendance()) {
                case ATTENDED -> c.getTranslation("perk-member.attendance.attended");
                case NO_SHOW -> c.getTranslation("perk-member.attendance.no-show");
            };
        }
        if (kind == PerkKind.CONTENT && claim.status() == ClaimStatus.CONFIRMED) {
            return c.getTranslation("perk-member.status.opened");
        }
        if (claim.status() == ClaimStatus.WAITLISTED && claim.waitlistPosition() != null) {
            return c.getTranslation("perk-member.status.waitlisted-at", claim.waitlistPosition());
        }
        return switch (claim.status()) {
            case CONFIRMED -> c.getTranslation("perk-member.status.confirmed");
            case WAITLISTED -> c.getTranslation("perk-member.status.waitlisted");
            case CANCELLED -> c.getTranslation("perk-member.status.cancelled");
            case APPLIED -> c.getTranslation("perk-member.status.applied");
            case SELECTED -> c.getTranslation("perk-member.status.selected");
            case NOT_SELECTED -> c.getTranslation("perk-member.status.not-selected");
        };
    }

    /** The badge theme of a claim's status. */
    static String statusTheme(MyClaim claim) {
        return switch (claim.status()) {
            case CONFIRMED, SELECTED -> "badge success";
            case WAITLISTED, APPLIED -> "badge";
            case CANCELLED, NOT_SELECTED -> "badge contrast";
        };
    }

    /** Whether the claim still holds something (a cancelled one lets the member claim again). */
    static boolean active(MyClaim claim) {
        return claim != null && claim.status() != ClaimStatus.CANCELLED;
    }

    /** The exact condition that unlocks a perk, in the viewer's words, zone and language. */
    static String lock(Component c, Lock lock) {
        return switch (lock.reason()) {
            case TIER ->
                lock.detail() == null
                        ? c.getTranslation("perk-member.lock.tier-unknown")
                        : lock.points() == null || lock.points() <= 0
                                ? c.getTranslation("perk-member.lock.tier", lock.detail())
                                : c.getTranslation("perk-member.lock.tier-points", lock.detail(), lock.points());
            case AMBASSADORS_ONLY -> c.getTranslation("perk-member.lock.ambassadors");
            case COMMUNITY ->
                lock.detail() == null
                        ? c.getTranslation("perk-member.lock.community-unknown")
                        : c.getTranslation("perk-member.lock.community", lock.detail());
            case NOT_YET_OPEN -> c.getTranslation("perk-member.lock.opens", dateTime(lock.when()));
            case CLOSED -> c.getTranslation("perk-member.lock.closed");
        };
    }

    /**
     * When an event happens for the viewer ("Mar 14, 2026, 6:00 PM – 9:00 PM"), followed by the event's own
     * local time when its zone is at another offset ("7:00 PM Paris time").
     */
    static String eventWhen(Component c, EventInfo event) {
        ZoneId viewer = ViewerZone.current();
        Locale locale = locale();
        String start = dateTime(event.startsAt());
        boolean sameDay = event.endsAt() != null
                && event.startsAt()
                        .atZone(viewer)
                        .toLocalDate()
                        .equals(event.endsAt().atZone(viewer).toLocalDate());
        String end = event.endsAt() == null
                ? null
                : sameDay ? time(event.endsAt(), locale, viewer) : dateTime(event.endsAt());
        String when = end == null ? start : c.getTranslation("perk-member.event.range", start, end);
        if (sameOffset(event.zone(), viewer, event.startsAt())) {
            return when;
        }
        return c.getTranslation(
                "perk-member.event.with-local",
                when,
                c.getTranslation(
                        "perk-member.event.local-time",
                        time(event.startsAt(), locale, event.zone()),
                        city(event.zone())));
    }

    static boolean sameOffset(ZoneId a, ZoneId b, Instant at) {
        return a.getRules().getOffset(at).equals(b.getRules().getOffset(at));
    }

    /** "Europe/Paris" becomes "Paris", "America/New_York" "New York". */
    static String city(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** Places left or the waitlist, null when the perk is unlimited. */
    static String places(Component c, PerkView perk) {
        Integer left = perk.placesLeft();
        if (left == null) {
            return null;
        }
        if (left > 0) {
            return c.getTranslation("perk-member.places.left", left);
        }
        return c.getTranslation(
                perk.waitlistEnabled() ? "perk-member.places.full-waitlist" : "perk-member.places.full");
    }

    static String dateTime(Instant instant) {
        return Formats.dateTime(instant, locale(), ViewerZone.current());
    }

    /** The language of the page (components outside a view use the UI's). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return TranslationProvider.supported(ui == null ? null : ui.getLocale());
    }

    static String time(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** A file name made of the title: "Soirée à Grasse !" becomes "soiree-a-grasse". */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "perk" : slug;
    }

    /** Only absolute http(s) addresses become links; anything else a browser could run is left out. */
    static boolean webLink(String url) {
        return url != null && url.strip().matches("(?i)https?://[^\\s]+");
    }

    /** The first lines of a description for a card. */
    static String excerpt(String text, int max) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= max ? plain : plain.substring(0, max).strip() + "…";
    }
}
