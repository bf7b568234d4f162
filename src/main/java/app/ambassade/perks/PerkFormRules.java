package app.ambassade.perks;

import app.ambassade.perks.internal.Perk;
import app.ambassade.shared.validation.Checks;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the perk editor. Every error is reported at its field ({@code title}, {@code capacity},
 * {@code event.end}…) in one go, and nothing is saved while any remains. The editor's fields take
 * their maximum lengths from here.
 */
public final class PerkFormRules {

    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int LINK_MAX = 500;
    public static final int CODE_MAX = 100;
    public static final int PLACE_MAX = 255;
    public static final int THANK_YOU_MAX = 2000;
    public static final int ARTICLE_MAX = 12000;
    static final int CAPACITY_MAX = 100_000;
    static final int HOURS_MAX = 24 * 30;

    private PerkFormRules() {}

    /** The form's texts, trimmed (blank optional texts become null) and event times as instants. */
    record Clean(
            String title,
            String description,
            String accessLink,
            String sharedCode,
            Instant startsAt,
            Instant endsAt,
            String place,
            String onlineLink,
            String thankYou,
            String article,
            String videoLink) {}

    static void check(PerkForm form, PerkKind existingKind, Set<Integer> tierRanks, Set<Long> communityIds) {
        Checks checks = Checks.start();
        if (form.kind() == null) {
            checks.require(false, "kind", "validation.required");
            checks.throwIfAny();
        }
        checks.require(existingKind == null || existingKind == form.kind(), "kind", "perks.error.kind-fixed");
        checks.text(form.title(), "title", 1, TITLE_MAX);
        checks.text(form.description(), "description", 1, DESCRIPTION_MAX);
        if (form.availableFrom() != null && form.availableUntil() != null) {
            checks.require(
                    form.availableUntil().isAfter(form.availableFrom()),
                    "availableUntil",
                    "perks.error.until-before-from");
        }
        PerkRules rules = form.rules() == null ? PerkRules.open() : form.rules();
        checks.require(
                rules.minTierRank() == null || tierRanks.contains(rules.minTierRank()),
                "minTierRank",
                "perks.error.unknown-tier");
        checks.require(communityIds.containsAll(rules.communityIds()), "communities", "perks.error.unknown-community");
        for (Map.Entry<Integer, Integer> early : rules.earlyHoursByTierRank().entrySet()) {
            checks.require(tierRanks.contains(early.getKey()), "early." + early.getKey(), "perks.error.unknown-tier");
            checks.require(
                    early.getValue() == null || (early.getValue() >= 0 && early.getValue() <= HOURS_MAX),
                    "early." + early.getKey(),
                    "perks.error.hours-range");
        }
        boolean needsCapacity = form.kind() == PerkKind.EVENT || form.kind() == PerkKind.CO_CREATION;
        if (form.capacity() == null) {
            checks.require(!needsCapacity, "capacity", "perks.error.capacity-required");
        } else {
            checks.require(form.capacity() >= 1, "capacity", "perks.error.capacity-positive");
            checks.require(form.capacity() <= CAPACITY_MAX, "capacity", "perks.error.capacity-max");
        }
        switch (form.kind()) {
            case EARLY_ACCESS -> checkAccess(form.access(), checks);
            case EVENT -> checkEvent(form.event(), checks);
            case CONTENT -> checkContent(form.content(), checks);
            case CO_CREATION -> {}
        }
        checks.throwIfAny();
    }

    private static void checkAccess(EarlyAccessDetails access, Checks checks) {
        EarlyAccessDetails a = access == null ? new EarlyAccessDetails(null, null, false) : access;
        link(a.link(), "access.link", checks);
        checks.require(
                blank(a.sharedCode()) || a.sharedCode().strip().length() <= CODE_MAX,
                "access.sharedCode",
                "validation.too-long");
        checks.require(
                !(a.singleUseCodes() && !blank(a.sharedCode())),
                "access.sharedCode",
                "perks.error.shared-and-single-use");
        checks.require(
                !blank(a.link()) || !blank(a.sharedCode()) || a.singleUseCodes(),
                "access.link",
                "perks.error.access-empty");
    }

    private static void checkEvent(EventDetails event, Checks checks) {
        if (event == null) {
            checks.require(false, "event.start", "validation.required");
            return;
        }
        ZoneId zone = zone(event.zoneId());
        checks.require(zone != null, "event.zone", "perks.error.zone");
        checks.require(event.start() != null, "event.start", "validation.required");
        checks.require(event.end() != null, "event.end", "validation.required");
        if (event.start() != null && event.end() != null) {
            checks.require(event.end().isAfter(event.start()), "event.end", "perks.error.end-before-start");
        }
        checks.require(!blank(event.place()) || !blank(event.onlineLink()), "event.place", "perks.error.place-or-link");
        checks.require(
                blank(event.place()) || event.place().strip().length() <= PLACE_MAX,
                "event.place",
                "validation.too-long");
        link(event.onlineLink(), "event.onlineLink", checks);
        Integer cutoff = event.cancelCutoffHours();
        checks.require(
                cutoff == null || (cutoff >= 0 && cutoff <= HOURS_MAX), "event.cutoff", "perks.error.hours-range");
        checks.require(
                blank(event.thankYouMessage())
                        || event.thankYouMessage().strip().length() <= THANK_YOU_MAX,
                "event.thankYou",
                "validation.too-long");
    }

    private static void checkContent(ContentDetails content, Checks checks) {
        ContentDetails c = content == null ? new ContentDetails(null, null) : content;
        checks.require(
                blank(c.article()) || c.article().strip().length() <= ARTICLE_MAX,
                "content.article",
                "validation.too-long");
        link(c.videoLink(), "content.videoLink", checks);
    }

    /** Before publishing: content to show, codes to hand out, an event in the future. */
    static void checkPublishable(Perk perk, String article, boolean hasFile, long codes) {
        Checks checks = Checks.start();
        if (perk.getKind() == PerkKind.CONTENT) {
            checks.require(
                    !blank(article) || hasFile || !blank(perk.getVideoLink()),
                    "content.article",
                    "perks.error.content-empty");
        }
        if (perk.getKind() == PerkKind.EARLY_ACCESS && perk.isSingleUseCodes()) {
            checks.require(codes > 0, "codes", "perks.error.no-codes");
        }
        checks.throwIfAny();
    }

    static Clean clean(PerkForm form) {
        EarlyAccessDetails a = form.access() == null ? new EarlyAccessDetails(null, null, false) : form.access();
        EventDetails e = form.event();
        ContentDetails c = form.content() == null ? new ContentDetails(null, null) : form.content();
        Instant start = null;
        Instant end = null;
        if (form.kind() == PerkKind.EVENT && e != null) {
            ZoneId zone = ZoneId.of(e.zoneId());
            start = e.start().atZone(zone).toInstant();
            end = e.end().atZone(zone).toInstant();
        }
        return new Clean(
                form.title().strip(),
                form.description().strip(),
                opt(a.link()),
                opt(a.sharedCode()),
                start,
                end,
                e == null ? null : opt(e.place()),
                e == null ? null : opt(e.onlineLink()),
                e == null ? null : opt(e.thankYouMessage()),
                c.article() == null ? "" : c.article().strip(),
                opt(c.videoLink()));
    }

    /** Only absolute http and https links, nothing a browser would run. */
    static boolean safeLink(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void link(String value, String field, Checks checks) {
        if (blank(value)) {
            return;
        }
        checks.require(value.strip().length() <= LINK_MAX, field, "validation.too-long");
        checks.require(safeLink(value), field, "perks.error.link");
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String opt(String value) {
        return blank(value) ? null : value.strip();
    }
}
