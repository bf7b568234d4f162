package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.LimitProbe;
import app.ambassade.support.RawHttp;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Production's shape: two nodes on one MariaDB database behind HAProxy with sticky sessions. Scheduled
 * work runs once per due item with both nodes running, limits hold across nodes, and when a node is
 * killed its members sign in again on the other one and find everything they wrote.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBrowserTest extends BrowserJourney {

    static TwoNodes cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TwoNodes.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theDayBeforeReminderGoesOutOncePerMemberWithBothNodesRunning() throws Exception {
        long perk;
        Set<Long> attendees = new HashSet<>();
        try (Connection db = cluster.database()) {
            try (ResultSet row = db.createStatement()
                    .executeQuery(
                            "SELECT p.id FROM perk p JOIN tenant t"
                                    + " ON t.id = p.tenant_id WHERE t.slug = 'maison-lumiere' AND p.kind = 'EVENT' ORDER BY p.id LIMIT 1")) {
                assertThat(row.next()).as("the demo atelier evening").isTrue();
                perk = row.getLong(1);
            }
            try (PreparedStatement confirmed = db.prepareStatement(
                    "SELECT member_id FROM perk_claim WHERE perk_id = ? AND status = 'CONFIRMED'")) {
                confirmed.setLong(1, perk);
                try (ResultSet rows = confirmed.executeQuery()) {
                    while (rows.next()) {
                        attendees.add(rows.getLong(1));
                    }
                }
            }
            assertThat(attendees).as("demo members holding seats").hasSizeGreaterThanOrEqualTo(2);
            int mailsBefore = cluster.smtp.getReceivedMessages().length;

            // The event moves to tomorrow: both nodes' lifecycles (every 2 s) now find its reminder due.
            try (PreparedStatement move =
                    db.prepareStatement("UPDATE perk SET starts_at = UTC_TIMESTAMP(6) + INTERVAL 12 HOUR,"
                            + " ends_at = UTC_TIMESTAMP(6) + INTERVAL 14 HOUR WHERE id = ?")) {
                move.setLong(1, perk);
                assertThat(move.executeUpdate()).isEqualTo(1);
            }
            awaitReminderMails(mailsBefore, attendees.size());
            Thread.sleep(8000); // four more passes of each node: time enough for a second reminder, if any

            Map<Long, Integer> noticesPerMember = new HashMap<>();
            try (PreparedStatement notices = db.prepareStatement(
                    "SELECT n.recipient_id FROM notification n"
                            + " JOIN tenant t ON t.id = n.tenant_id WHERE t.slug = 'maison-lumiere' AND n.type = 'PERK_EVENT_REMINDER'")) {
                try (ResultSet rows = notices.executeQuery()) {
                    while (rows.next()) {
                        noticesPerMember.merge(rows.getLong(1), 1, Integer::sum);
                    }
                }
            }
            assertThat(noticesPerMember.keySet()).containsExactlyInAnyOrderElementsOf(attendees);
            assertThat(noticesPerMember.values()).containsOnly(1);
            List<String> reminded = recipientsSince(mailsBefore);
            assertThat(reminded).hasSize(attendees.size()).doesNotHaveDuplicates();
        }
    }

    @Test
    @Order(2)
    void theWidgetLimitHoldsAcrossNodes() throws Exception {
        String host = "maison-lumiere.localhost:" + cluster.proxyPort;
        Set<String> servedBy = new HashSet<>();
        int answered = 0;
        Instant start = Instant.now();
        // Up to two budgets: with a bucket per node, round-robin would get about 60 answers before a 429.
        for (int i = 0; i < 2 * LimitProbe.WIDGET_PER_MINUTE; i++) {
            RawHttp.Response answer = RawHttp.get(cluster.proxyPort, host, "/widget/unknown-key.json", Map.of());
            answer.header("Set-Cookie")
                    .filter(c -> c.startsWith("AMBASSADE_NODE="))
                    .ifPresent(c -> servedBy.add(c.substring("AMBASSADE_NODE=".length(), c.indexOf(';'))));
            if (answer.status() == 429) {
                break;
            }
            answered++;
        }
        Duration took = Duration.between(start, Instant.now());

        assertThat(servedBy).as("requests went to both nodes").containsExactlyInAnyOrder("node1", "node2");
        assertThat(LimitProbe.withinOneBudget(answered, took, LimitProbe.WIDGET_PER_MINUTE))
                .as("one budget of 30 a minute for both nodes: %d answered in %s", answered, took)
                .isTrue();
    }

    @Test
    @Order(3)
    void membersOfAKilledNodeSignInAgainOnTheOtherAndLoseNothing() throws Exception {
        String lumiere = cluster.brandUrl("maison-lumiere");
        String before = "Posté avant la panne " + System.nanoTime();
        String after = "Posté après la panne " + System.nanoTime();

        signIn(lumiere, "lucas@example.fr");
        Cookie sticky = browser.manage().getCookieNamed("AMBASSADE_NODE");
        assertThat(sticky).as("HAProxy's sticky-session cookie").isNotNull();
        post(lumiere, before);

        TwoNodes.Node home = cluster.node(sticky.getValue());
        cluster.kill(home);
        assertThat(home.process().isAlive()).isFalse();

        open(lumiere + "/communities");
        waitForPath("/login");
        assertThat(browser.manage().getCookieNamed("AMBASSADE_NODE").getValue()).isNotEqualTo(home.name());
        logIn("lucas@example.fr", PASSWORD);
        waitForPath("/communities"); // where they were going
        post(lumiere, after);
        assertThat(feedText()).contains(before, after);
    }

    private void signIn(String brandUrl, String email) {
        open(brandUrl + "/login");
        logIn(email, PASSWORD);
        waitForPath("/");
    }

    private void post(String brandUrl, String text) {
        open(brandUrl + "/communities");
        press(waiting().until(d -> d.findElement(By.linkText("Rituels beauté"))));
        waiting().until(d -> d.findElements(By.cssSelector(".community-view")).size() == 1);
        waitForVaadin();
        if (browser.findElements(By.cssSelector(".composer")).isEmpty()) {
            press(browser.findElement(By.cssSelector(".membership-action")));
        }
        WebElement body = waiting().until(d -> d.findElement(By.cssSelector(".composer vaadin-text-area textarea")));
        js("arguments[0].scrollIntoView({block: 'center'});", body);
        body.sendKeys(text);
        // The person's language decides the button's words: the composer has one primary button.
        press(browser.findElement(By.cssSelector(".composer vaadin-button[theme~='primary']")));
        waiting().until(d -> feedText().contains(text));
    }

    private String feedText() {
        return browser.findElement(By.cssSelector(".feed")).getText();
    }

    private void awaitReminderMails(int before, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (cluster.smtp.getReceivedMessages().length - before < expected
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
    }

    /** The addressees of every e-mail received since then: nothing else than reminders is due meanwhile. */
    private List<String> recipientsSince(int before) throws Exception {
        MimeMessage[] all = cluster.smtp.getReceivedMessages();
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : Arrays.copyOfRange(all, before, all.length)) {
            for (Address to : message.getAllRecipients()) {
                recipients.add(to.toString());
            }
        }
        return recipients;
    }
}
