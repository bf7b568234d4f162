package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRow;
import app.ambassade.perks.PerkStatus;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The brand team's side of the demo perks: the catalogue, the editor with its live preview, importing
 * single-use codes from a CSV file, the claims with their figures, and checking a member in on a tablet.
 */
class PerkManagerBrowserTest extends BrowserJourney {

    static final Dimension TABLET = new Dimension(800, 1100);

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    TenantService tenants;

    @Autowired
    AccountProvisioning accounts;

    @Test
    void theManagerEditsTheDemoEventImportsCodesFollowsClaimsAndChecksAMemberInOnATablet() throws Exception {
        long event = demoPerk(PerkKind.EVENT, "Soirée atelier à Grasse");
        open(LUMIERE + "/login");
        logIn("claire@maison-lumiere.fr", PASSWORD);
        waitForPath("/");

        open(LUMIERE + "/manage/perks");
        waiting()
                .until(d ->
                        d.findElement(By.cssSelector("vaadin-grid")).getText().contains("Soirée atelier à Grasse"));
        screenshot("perks-admin-desktop");

        open(LUMIERE + "/manage/perks/" + event + "/edit");
        WebElement preview = waiting().until(d -> d.findElement(By.cssSelector(".perk-preview")));
        assertThat(preview.getText()).contains("Soirée atelier à Grasse");
        screenshot("perk-editor-desktop");

        open(LUMIERE + "/manage/perks/" + demoPerk(PerkKind.EARLY_ACCESS, "Avant-première : coffret de Noël")
                + "/edit");
        WebElement stock = waiting().until(d -> d.findElement(By.cssSelector("vaadin-text-field.codes-status input")));
        assertThat(stock.getAttribute("value")).startsWith("20 codes");
        Path csv = Files.createTempFile("codes", ".csv");
        Files.writeString(csv, "code\nNOEL-BROWSER-1\nNOEL-BROWSER-2\n");
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload.codes-upload"));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        (inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.getFirst())
                .sendKeys(csv.toString());
        waiting()
                .until(d -> String.valueOf(d.findElement(By.cssSelector("vaadin-text-field.codes-status input"))
                                .getAttribute("value"))
                        .startsWith("22 codes"));
        Files.delete(csv);

        open(LUMIERE + "/manage/perks/" + event + "/claims");
        WebElement figures = waiting().until(d -> d.findElement(By.id("perk-figures")));
        assertThat(figures.getText()).isNotBlank();
        waiting()
                .until(d ->
                        d.findElement(By.cssSelector("vaadin-grid")).getText().contains("Lucas"));
        screenshot("perk-claims-desktop");

        resize(TABLET);
        open(LUMIERE + "/manage/perks/" + event + "/check-in");
        String before =
                waiting().until(d -> d.findElement(By.id("check-in-counter"))).getText();
        browser.findElement(By.cssSelector(".perk-check-in-view vaadin-text-field input"))
                .sendKeys("Lucas");
        waiting()
                .until(d -> d.findElements(By.cssSelector(".attendee")).size() == 1
                        && d.findElement(By.cssSelector(".attendee")).getText().contains("Lucas"));
        WebElement checkIn = browser.findElement(By.cssSelector(".attendee vaadin-button.check-in"));
        press(checkIn);
        waiting().until(d -> d.findElement(By.cssSelector(".attendee vaadin-button.undo-check-in")));
        assertThat(browser.findElement(By.id("check-in-counter")).getText()).isNotEqualTo(before);
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling on a tablet")
                .isEqualTo(true);
        screenshot("perk-check-in-tablet");
    }

    private long demoPerk(PerkKind kind, String title) {
        TenantSummary lumiere = tenants.findBySlug("maison-lumiere").orElseThrow();
        AuthenticatedUser claire = ActingAs.platform(
                        () -> accounts.activeAccount(lumiere.id(), lumiere.slug(), "claire@maison-lumiere.fr"))
                .orElseThrow();
        return ActingAs.person(
                claire,
                () -> catalogue.page(Set.of(PerkStatus.PUBLISHED), kind, PageRequest.of(0, 20)).stream()
                        .filter(p -> p.title().equals(title))
                        .map(PerkRow::id)
                        .findFirst()
                        .orElseThrow());
    }
}
