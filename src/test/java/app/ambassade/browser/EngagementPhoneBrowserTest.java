package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A member on a phone sees their tier on the home page, opens "My engagement" and the notifications. */
class EngagementPhoneBrowserTest extends BrowserJourney {

    @Test
    void aMemberSeesTheirTierAndNotificationsAtPhoneWidthWithoutHorizontalScrolling() {
        resize(PHONE);
        open(LUMIERE + "/login");
        logIn("chloe@example.fr", PASSWORD);
        waitForPath("/");
        assertThat(browser.findElements(By.cssSelector(".engagement-card"))).hasSize(1);
        assertThat(browser.findElements(By.id("notification-bell"))).hasSize(1);
        screenshot("engagement-home-phone");

        open(LUMIERE + "/my-engagement");
        waitForPath("/my-engagement");
        waitForVaadin();
        assertThat(browser.findElement(By.id("engagement-tier")).getText()).isNotBlank();
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling at phone width")
                .isEqualTo(true);
        assertNoMissingTranslation();
        screenshot("engagement-mine-phone");

        browser.findElement(By.id("notification-bell")).click();
        waitForPath("/notifications");
        waitForVaadin();
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling at phone width")
                .isEqualTo(true);
        assertNoMissingTranslation();
        screenshot("notifications-phone");
    }
}
