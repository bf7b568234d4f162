package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The community journey on a phone: a member joins a demo community and posts, another member
 * comments, and the author sees the notification and their points grow.
 */
class CommunityPhoneBrowserTest extends BrowserJourney {

    @Test
    void aMemberJoinsPostsGetsACommentAndSeesTheNotificationAndTheirPointsOnAPhone() {
        resize(PHONE);
        String text = "Ma routine du matin, testée au téléphone " + System.nanoTime();

        signInAs("hugo@example.fr");
        int pointsBefore = points();
        openCommunity("Rituels beauté");
        click(By.cssSelector(".membership-action"));
        waiting()
                .until(d -> d.findElement(By.cssSelector(".membership-action"))
                        .getText()
                        .contains("Leave"));
        WebElement body = waiting().until(d -> d.findElement(By.cssSelector(".composer vaadin-text-area textarea")));
        js("arguments[0].scrollIntoView({block: 'center'});", body);
        body.sendKeys(text);
        click(By.xpath("//div[contains(@class,'composer')]//vaadin-button[normalize-space()='Publish']"));
        waiting().until(d -> d.findElement(By.cssSelector(".feed")).getText().contains(text));
        assertThat(js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("no horizontal scrolling at phone width")
                .isEqualTo(true);
        assertNoMissingTranslation();
        screenshot("community-post-phone");

        signInAs("chloe@example.fr");
        openCommunity("Rituels beauté");
        WebElement post = waiting()
                .until(d -> d.findElement(By.xpath("//*[contains(@class,'post-card')][contains(., '" + text + "')]")));
        press(post.findElement(By.cssSelector(".comments-toggle")));
        WebElement comment =
                waiting().until(d -> post.findElement(By.cssSelector(".comments vaadin-text-area textarea")));
        js("arguments[0].scrollIntoView({block: 'center'});", comment);
        comment.sendKeys("Super idée, merci du partage !");
        press(post.findElement(By.cssSelector(".send-comment")));
        waiting().until(d -> post.getText().contains("Super idée, merci du partage !"));
        screenshot("community-comment-phone");

        signInAs("hugo@example.fr");
        assertThat(browser.findElement(By.id("notification-bell")).getText())
                .as("unread count on the bell")
                .matches(".*[1-9].*");
        press(browser.findElement(By.id("notification-bell")));
        waitForPath("/notifications");
        assertThat(bodyText()).contains("Chloé Petit commented on your post.");
        screenshot("community-notification-phone");
        assertThat(points()).as("joining and posting earn points").isGreaterThan(pointsBefore);
    }

    private void signInAs(String email) {
        browser.manage().deleteAllCookies();
        open(LUMIERE + "/login");
        logIn(email, PASSWORD);
        waitForPath("/");
    }

    private void openCommunity(String name) {
        open(LUMIERE + "/communities");
        click(By.linkText(name));
        waiting().until(d -> d.findElements(By.cssSelector(".community-view")).size() == 1);
        waitForVaadin();
    }

    private int points() {
        open(LUMIERE + "/my-engagement");
        String text =
                waiting().until(d -> d.findElement(By.id("engagement-points"))).getText();
        return Integer.parseInt(text.replaceAll("[^0-9]", ""));
    }

    private void click(By target) {
        press(waiting().until(d -> d.findElement(target)));
    }
}
