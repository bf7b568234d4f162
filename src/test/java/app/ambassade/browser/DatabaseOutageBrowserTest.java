package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.Application;
import app.ambassade.identity.Role;
import app.ambassade.support.MariaDb;
import app.ambassade.support.RestoreSecurityContextStrategy;
import app.ambassade.support.TcpCut;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A 20-second database outage as a member lives it, in Chromium: the application (on MariaDB, reached
 * through a relay the test cuts) shows a page opened meanwhile as the translated "temporarily
 * unavailable" page, which turns back into the portal by itself once the database is back; the tab
 * that was already open carries on without a reload.
 */
@ExtendWith(RestoreSecurityContextStrategy.class)
class DatabaseOutageBrowserTest extends BrowserJourney {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    static String database;
    static TcpCut link;
    static ConfigurableApplicationContext node;

    @BeforeAll
    static void startOnMariaDbThroughARelay() {
        database = MariaDb.createDatabase("outage_browser");
        link = TcpCut.to(MariaDb.urlFor(database));
        String[] settings = {
            "--AMBASSADE_DB_URL=" + link.jdbcUrl(MariaDb.urlFor(database)),
            "--AMBASSADE_DB_USER=" + MariaDb.user(),
            "--AMBASSADE_DB_PASSWORD=" + MariaDb.password(),
            "--AMBASSADE_DB_DIALECT=mariadb",
            "--AMBASSADE_PUBLIC_URL=http://localhost:8080",
            "--SMTP_HOST=",
            "--server.port=0",
            "--ambassade.perks.lifecycle-enabled=false",
            "--vaadin.devmode.devTools.enabled=false",
            "--vaadin.launch-browser=false",
            "--spring.main.banner-mode=off",
            "--logging.level.app.ambassade=WARN"
        };
        node = new SpringApplicationBuilder(Application.class).profiles("mysql").run(settings);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (link != null) {
            link.close();
        }
        MariaDb.dropDatabase(database);
    }

    @Test
    void aPageOpenedDuringAnOutageIsATranslated503AndThePortalComesBackByItself() throws Exception {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        TestData data = node.getBean(TestData.class);
        TenantSummary brand = data.tenant("outage");
        data.person(brand, Role.MEMBER, "member@outage.example");
        String portal =
                "http://" + brand.slug() + ".localhost:" + node.getEnvironment().getProperty("local.server.port");

        open(portal + "/login");
        logIn("member@outage.example", TestData.PASSWORD);
        waitForPath("/");
        String firstTab = browser.getWindowHandle();

        link.cut();
        long cutAt = System.nanoTime();
        try {
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(portal + "/notifications");
            assertThat(bodyText())
                    .contains("Temporarily unavailable")
                    .doesNotContain("Exception")
                    .doesNotContain("denied");
            screenshot("database-outage-503");
            Thread.sleep(Math.max(
                    0,
                    OUTAGE.toMillis()
                            - Duration.ofNanos(System.nanoTime() - cutAt).toMillis()));
        } finally {
            link.restore();
        }

        new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(d -> !d.findElements(By.id("notification-bell")).isEmpty());
        waitForVaadin();
        assertThat(path()).isEqualTo("/notifications");
        assertThat(bodyText()).doesNotContain("Temporarily unavailable");

        browser.switchTo().window(firstTab);
        press(waiting().until(d -> d.findElement(By.id("notification-bell"))));
        waitForPath("/notifications");
        assertThat(bodyText()).doesNotContain("Temporarily unavailable");
    }
}
