package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The bare address is the platform console: anonymous visitors go to its login. */
class PlatformLoginBrowserTest extends BrowserJourney {

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        open(PLATFORM + "/");

        waitForPath("/login");
        assertThat(textOf("h1")).isEqualTo("Ambassade");
        assertThat(bodyText()).contains("Platform console");
        assertThat(browser.findElements(By.cssSelector("vaadin-login-form"))).hasSize(1);
        screenshot("platform-login");
    }

    @Test
    void thePlatformAdminLogsInOnTheBareAddress() {
        open(PLATFORM + "/login");

        logIn("admin@ambassade.local", PASSWORD);

        waitForPath("/");
        assertThat(textOf("h2")).isEqualTo("Hello, Alex Platform");
        assertThat(textOf(".brand-name")).isEqualTo("Ambassade platform");
        assertThat(browser.findElements(By.cssSelector("img.brand-logo"))).isEmpty();
        screenshot("platform-admin-home-desktop");
    }
}
