package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** People of a brand log in on their brand's own address, and only there. */
class TenantLoginBrowserTest extends BrowserJourney {

    @Test
    void theBrandManagerLogsInOnTheBrandsAddressAndSeesTheBrandsPortal() {
        open(LUMIERE + "/login");
        assertThat(textOf("h1")).isEqualTo("Maison Lumière");
        assertThat(browser.findElements(By.cssSelector("img.brand-logo-large"))).hasSize(1);
        // The browser asks for English, but a visitor who has not chosen gets the brand's default language.
        assertThat(browser.getTitle()).isEqualTo("Connexion");

        logIn("claire@maison-lumiere.fr", PASSWORD);

        waitForPath("/");
        // Claire chose French: the portal speaks it from the first page.
        assertThat(textOf("h2")).isEqualTo("Bonjour, Claire Dubois");
        assertThat(textOf(".brand-name")).isEqualTo("Maison Lumière");
        assertThat(browser.findElement(By.cssSelector("img.brand-logo")).getAttribute("src"))
                .contains("/branding/maison-lumiere/logo");
        assertThat(js("return getComputedStyle(document.querySelector('vaadin-app-layout'))"
                        + ".getPropertyValue('--lumo-primary-color').trim();"))
                .isEqualTo("#b5476b");
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item")))
                .extracting(e -> e.getText().strip())
                .contains("Accueil");
        assertThat(bodyText()).doesNotContain("Cimes Outdoor");
        screenshot("lumiere-manager-home-desktop");
        assertNoContentSecurityPolicyViolation();
    }

    @Test
    void aMemberOfTheOtherBrandUsesThePortalOnAPhoneAndSeesOnlyTheirBrand() {
        resize(PHONE);
        open(CIMES + "/login");
        assertThat(textOf("h1")).isEqualTo("Cimes Outdoor");
        assertThat(browser.getTitle()).isEqualTo("Log in");
        screenshot("cimes-login-phone");

        logIn("noah@example.com", PASSWORD);

        waitForPath("/");
        assertThat(js("return window.innerWidth;")).isEqualTo(390L);
        assertThat(textOf("h2")).isEqualTo("Hello, Noah Wilson");
        assertThat(textOf(".brand-name")).isEqualTo("Cimes Outdoor");
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling at phone width")
                .isEqualTo(true);
        assertThat(browser.getPageSource()).doesNotContain("Maison Lumi");
        screenshot("cimes-member-home-phone");

        browser.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        waiting()
                .until(d ->
                        Boolean.TRUE.equals(js("return document.querySelector('vaadin-app-layout').drawerOpened;")));
        waitForVaadin();
        assertThat(browser.findElement(By.cssSelector(".brand-name")).isDisplayed())
                .isTrue();
        screenshot("cimes-member-drawer-phone");
        assertNoContentSecurityPolicyViolation();
    }

    @Test
    void signingInOnOneBrandDoesNotSignTheSameEmailInOnTheOther() {
        open(LUMIERE + "/login");
        logIn("chloe@example.fr", PASSWORD);
        waitForPath("/");
        assertThat(textOf(".brand-name")).isEqualTo("Maison Lumière");

        open(CIMES + "/");

        waitForPath("/login");
        assertThat(textOf("h1")).isEqualTo("Cimes Outdoor");
        assertThat(browser.findElements(By.cssSelector("vaadin-login-form"))).hasSize(1);
        screenshot("chloe-cimes-still-anonymous");

        // Her Maison Lumière session is untouched.
        open(LUMIERE + "/");
        waitForPath("/");
        assertThat(textOf(".brand-name")).isEqualTo("Maison Lumière");
    }

    @Test
    void aMemberOfOneBrandCannotLogInOnTheOtherBrandsAddress() {
        open(CIMES + "/login");

        logIn("lucas@example.fr", PASSWORD);

        waiting().until(d -> d.getCurrentUrl().contains("/login?error="));
        waitForVaadin();
        assertThat(browser.getCurrentUrl()).endsWith("/login?error=credentials");
        assertThat(browser.findElement(By.cssSelector("vaadin-login-form")).getAttribute("error"))
                .isNotNull();
        assertThat(deepText("vaadin-login-form")).contains("Wrong e-mail or password");
        screenshot("lucas-refused-on-cimes");

        // The same credentials work on his own brand's address: the host made the difference.
        open(LUMIERE + "/login");
        logIn("lucas@example.fr", PASSWORD);
        waitForPath("/");
        assertThat(textOf("h2")).isEqualTo("Bonjour, Lucas Bernard");
    }
}
