package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.EventDetails;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkForm;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRules;
import app.ambassade.perks.PerkStatus;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The perks journey on a phone: the brand publishes an event, a member opens "My perks", claims a seat,
 * sees it confirmed and downloads the calendar file.
 */
class PerkPhoneBrowserTest extends BrowserJourney {

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    TenantService tenants;

    @Autowired
    AccountProvisioning accounts;

    @Test
    void aMemberClaimsAnEventSeatOnAPhoneAndDownloadsTheCalendarFile() throws IOException {
        String title = "Atelier parfum " + System.nanoTime() % 100_000;
        long perk = publishEvent(title);
        resize(PHONE);
        open(LUMIERE + "/login");
        logIn("hugo@example.fr", PASSWORD);
        waitForPath("/");

        open(LUMIERE + "/perks");
        WebElement card = waiting().until(d -> d.findElement(By.cssSelector(".perk-card[data-perk='" + perk + "']")));
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling at phone width")
                .isEqualTo(true);
        screenshot("perks-list-phone");
        js("document.getElementById('perk-locked').scrollIntoView({block: 'start'});");
        screenshot("perks-locked-phone");
        press(card.findElement(By.cssSelector(".perk-open")));
        waitForPath("/perks/" + perk);

        press(waiting().until(d -> d.findElement(By.cssSelector("vaadin-button.perk-claim"))));
        WebElement status = waiting().until(d -> d.findElement(By.cssSelector(".perk-my-claim .perk-status")));
        assertThat(status.getText()).isEqualTo("Confirmed");
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling at phone width")
                .isEqualTo(true);
        screenshot("perks-claimed-phone");

        press(browser.findElement(By.cssSelector("a.perk-calendar")));
        Path ics = waitForDownload();
        assertThat(ics.getFileName().toString()).endsWith(".ics");
        String content = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(content).contains("BEGIN:VCALENDAR").contains("SUMMARY:" + title);
    }

    private long publishEvent(String title) {
        TenantSummary lumiere = tenants.findBySlug("maison-lumiere").orElseThrow();
        AuthenticatedUser claire = ActingAs.platform(
                        () -> accounts.activeAccount(lumiere.id(), lumiere.slug(), "claire@maison-lumiere.fr"))
                .orElseThrow();
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris"))
                .plusDays(10)
                .withHour(19)
                .truncatedTo(ChronoUnit.HOURS);
        PerkForm form = new PerkForm(
                PerkKind.EVENT,
                title,
                "Créez votre parfum avec notre nez, à Grasse.",
                null,
                null,
                PerkRules.open(),
                10,
                true,
                null,
                new EventDetails(
                        start,
                        start.plusHours(2),
                        "Europe/Paris",
                        "Atelier de Grasse, 3 place aux Aires",
                        null,
                        24,
                        "Merci d’être venus !",
                        true),
                null);
        return ActingAs.person(claire, () -> {
            long id = catalogue.create(form);
            catalogue.setStatus(id, PerkStatus.PUBLISHED);
            return id;
        });
    }

    /** The downloaded file once Chromium has finished writing it. */
    private Path waitForDownload() {
        return waiting().until(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> done =
                        files.filter(p -> p.toString().endsWith(".ics")).toList();
                return done.isEmpty() ? null : done.getFirst();
            } catch (IOException e) {
                return null;
            }
        });
    }
}
