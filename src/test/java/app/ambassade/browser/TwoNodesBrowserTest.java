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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * work (reminders, closing with its thank-you and pulse, retries of interrupted effects) runs once per
 * due item with both nodes running, limits hold across nodes, and when a node is killed its members
 * sign in again on the other one and find everything they wrote.
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
            Set<String> mailsBefore = mailIds();

            // The event moves to tomorrow: both nodes' lifecycles (every 2 s) now find its reminder due.
            try (PreparedStatement move =
                    db.prepareStatement("UPDATE perk SET starts_at = UTC_TIMESTAMP(6) + INTERVAL 12 HOUR,"
                            + " ends_at = UTC_TIMESTAMP(6) + INTERVAL 14 HOUR WHERE id = ?")) {
                move.setLong(1, perk);
                assertThat(move.executeUpdate()).isEqualTo(1);
            }
            awaitReminderMails(mailsBefore.size(), attendees.size());
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
    void twoEventsEndingTogetherAreClosedOnceWithOneThanksEachAndOnePulsePerPersonWithBothNodesRunning()
            throws Exception {
        try (Connection db = cluster.database()) {
            ClosingEvents events = ClosingEvents.of(db, "maison-lumiere");
            long a = events.member(0), b = events.member(1), c = events.member(2);
            long morning = events.event("Atelier du matin");
            long evening = events.event("Atelier du soir");
            // Each event has attendees and one no-show; a went to both, and the brand allows one pulse per interval.
            Map<Long, String> attended = new HashMap<>();
            attended.put(events.claim(morning, a, true), "ATTENDED");
            attended.put(events.claim(morning, b, true), "ATTENDED");
            attended.put(events.claim(evening, a, true), "ATTENDED");
            attended.put(events.claim(evening, c, true), "ATTENDED");
            Map<Long, String> noShows = new HashMap<>();
            noShows.put(events.claim(morning, c, false), "NO_SHOW");
            noShows.put(events.claim(evening, b, false), "NO_SHOW");
            Set<String> mailsBefore = mailIds();

            events.endNow(morning, evening); // both nodes' lifecycles (every 2 s) now find both events to close
            Set<String> thanks = Set.of(
                    "PERK_EVENT_THANKS " + a + " " + morning,
                    "PERK_EVENT_THANKS " + b + " " + morning,
                    "PERK_EVENT_THANKS " + a + " " + evening,
                    "PERK_EVENT_THANKS " + c + " " + evening);
            awaitNotices(events, thanks.size() + 3);
            Thread.sleep(6000); // three more passes of each node: time enough for a second closing, if any

            assertThat(events.closed()).as("both events closed").isEqualTo(2);
            Map<Long, ClosingEvents.ClaimState> claims = events.claims();
            attended.forEach((claim, attendance) -> assertThat(claims.get(claim))
                    .as("attendee's claim %d, thanked once", claim)
                    .isEqualTo(new ClosingEvents.ClaimState(attendance, true, 1)));
            noShows.forEach((claim, attendance) -> assertThat(claims.get(claim))
                    .as("no-show's claim %d, marked once", claim)
                    .isEqualTo(new ClosingEvents.ClaimState(attendance, false, 1)));

            Map<String, Integer> notices = events.notices();
            Map<String, Integer> thanksSent = new HashMap<>(notices);
            thanksSent.keySet().removeIf(key -> !key.startsWith("PERK_EVENT_THANKS "));
            assertThat(thanksSent.keySet()).containsExactlyInAnyOrderElementsOf(thanks);
            assertThat(thanksSent.values()).containsOnly(1);
            Map<Long, Integer> pulseNotices = new HashMap<>();
            notices.forEach((key, count) -> {
                if (key.startsWith("PERK_PULSE ")) {
                    pulseNotices.merge(Long.parseLong(key.split(" ")[1]), count, Integer::sum);
                }
            });
            assertThat(pulseNotices).as("one pulse notice per person").isEqualTo(Map.of(a, 1, b, 1, c, 1));
            assertThat(events.pulsesPerMember())
                    .as("one pulse per person within the brand's interval")
                    .isEqualTo(Map.of(a, 1, b, 1, c, 1));
            assertThat(recipientsSince(mailsBefore))
                    .as("closing sends no e-mail")
                    .isEmpty();
        }
    }

    @Test
    @Order(3)
    void anInterruptedEffectIsCompletedOnceWithBothNodesRetryingIt() throws Exception {
        try (Connection db = cluster.database()) {
            long tenant, perk, member;
            String email;
            try (ResultSet row = db.createStatement()
                    .executeQuery("SELECT t.id, p.id, u.id, u.email FROM tenant t"
                            + " JOIN perk p ON p.tenant_id = t.id AND p.kind = 'EVENT'"
                            + " JOIN app_user u ON u.tenant_id = t.id AND u.role <> 'BRAND_MANAGER'"
                            + " WHERE t.slug = 'maison-lumiere' ORDER BY p.id, u.id DESC LIMIT 1")) {
                assertThat(row.next()).as("a demo event and member").isTrue();
                tenant = row.getLong(1);
                perk = row.getLong(2);
                member = row.getLong(3);
                email = row.getString(4);
            }
            String promotion = UUID.randomUUID().toString();
            String origin = "perk-promoted:" + promotion;
            Set<String> mailsBefore = mailIds();

            // A seat given from the waitlist whose effects never ran (its node died): the registry has held it
            // for five minutes, so both nodes' retries (every 2 s) resubmit it.
            try (PreparedStatement interrupted = db.prepareStatement(
                    "INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                            + " status, completion_attempts) VALUES (UNHEX(REPLACE(UUID(), '-', '')), ?, ?, ?,"
                            + " UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE, 'PUBLISHED', 0)")) {
                interrupted.setString(
                        1, "app.ambassade.perks.PerkEffects.on(app.ambassade.perks.PerkActivity$Promoted)");
                interrupted.setString(2, "app.ambassade.perks.PerkActivity$Promoted");
                interrupted.setString(
                        3,
                        "{\"tenantId\":%d,\"perkId\":%d,\"memberId\":%d,\"perkTitle\":\"Soirée atelier\",\"promotionId\":\"%s\"}"
                                .formatted(tenant, perk, member, promotion));
                assertThat(interrupted.executeUpdate()).isEqualTo(1);
            }
            String pending = "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE '%" + promotion + "%'";
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while ((count(db, pending) > 0 || cluster.smtp.getReceivedMessages().length == mailsBefore.size())
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            Thread.sleep(6000); // three more retry passes of each node: time enough for a second run, if any

            assertThat(count(db, pending)).as("the effect completed").isZero();
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM notification WHERE tenant_id = " + tenant + " AND recipient_id = "
                                    + member + " AND type = 'PERK_PROMOTED' AND origin = '" + origin + "'"))
                    .isEqualTo(1);
            assertThat(recipientsSince(mailsBefore))
                    .as("one e-mail")
                    .singleElement()
                    .asString()
                    .contains(email);
        }
    }

    @Test
    @Order(4)
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
    @Order(5)
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

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void awaitNotices(ClosingEvents events, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (events.noticeCount() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
    }

    /** What identifies each e-mail received so far (GreenMail lists them by mailbox, not by arrival). */
    private Set<String> mailIds() throws Exception {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : cluster.smtp.getReceivedMessages()) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    /** The addressees of every e-mail received since then: nothing else than the step's own mails is due meanwhile. */
    private List<String> recipientsSince(Set<String> before) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : cluster.smtp.getReceivedMessages()) {
            if (!before.contains(message.getMessageID())) {
                for (Address to : message.getAllRecipients()) {
                    recipients.add(to.toString());
                }
            }
        }
        return recipients;
    }
}
