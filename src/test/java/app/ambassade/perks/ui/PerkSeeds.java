package app.ambassade.perks.ui;

import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.ContentDetails;
import app.ambassade.perks.EarlyAccessDetails;
import app.ambassade.perks.EventDetails;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkForm;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRules;
import app.ambassade.perks.PerkStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Published perks created by a brand manager through the catalogue, as the brand would. */
record PerkSeeds(PerkCatalogue catalogue, AuthenticatedUser manager) {

    static final String PARIS = "Europe/Paris";

    /** An event in Paris starting in {@code days} days at 19:00, for three hours, cancellable until 24 h before. */
    long event(String title, int capacity, boolean waitlist, int days) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(PARIS)).plusDays(days).withHour(19).truncatedTo(ChronoUnit.HOURS);
        return publish(new PerkForm(PerkKind.EVENT, title, "An evening with the team in the workshop.", null, null,
                PerkRules.open(), capacity, waitlist, null,
                new EventDetails(start, start.plusHours(3), PARIS, "12 rue de la Paix, Paris", null, 24,
                        "Thank you for coming!", true), null));
    }

    long content(String title, String article, PerkRules rules) {
        return publish(new PerkForm(PerkKind.CONTENT, title, "Made for our members.", null, null, rules, null, false,
                null, null, new ContentDetails(article, "https://video.example/watch/42")));
    }

    long coCreation(String title, int seats) {
        return publish(new PerkForm(PerkKind.CO_CREATION, title, "Design the next product with us.", null, null,
                PerkRules.open(), seats, false, null, null, null));
    }

    long earlyAccess(String title, String sharedCode, PerkRules rules, Instant from) {
        return publish(new PerkForm(PerkKind.EARLY_ACCESS, title, "Before everyone else.", from, null, rules, null, false,
                new EarlyAccessDetails("https://shop.example/preview", sharedCode, false), null, null));
    }

    long draft(String title) {
        return ActingAs.person(manager, () -> catalogue.create(new PerkForm(PerkKind.CO_CREATION, title, "Not yet.", null,
                null, PerkRules.open(), 3, false, null, null, null)));
    }

    private long publish(PerkForm form) {
        return ActingAs.person(manager, () -> {
            long id = catalogue.create(form);
            catalogue.setStatus(id, PerkStatus.PUBLISHED);
            return id;
        });
    }
}
