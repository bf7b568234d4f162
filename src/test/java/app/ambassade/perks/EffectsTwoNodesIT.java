package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.ambassade.Application;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.MariaDb;
import app.ambassade.support.RestoreSecurityContextStrategy;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes on one MariaDB database, as in production. Node A cannot reach its mail server,
 * node B can. A waitlisted member promoted on node A gets the ledger line and the notice, but the e-mail
 * fails and the effect stays incomplete in the shared registry; both nodes then resubmit incomplete
 * effects at the same time, as their schedulers do. The e-mail leaves exactly once, and the ledger
 * line and the notice are still single.
 */
@ExtendWith(RestoreSecurityContextStrategy.class)
class EffectsTwoNodesIT {

    static String database;
    static GreenMail smtp;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        database = MariaDb.createDatabase("effects");
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        nodeA = node(freePort());
        nodeB = node(smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        MariaDb.dropDatabase(database);
    }

    @Test
    void anEffectInterruptedOnOneNodeIsCompletedOnceWhenBothNodesRetry() throws Exception {
        // people act on node A: its method security reads its own strategy (see RestoreSecurityContextStrategy)
        SecurityContextHolder.setContextHolderStrategy(nodeA.getBean(SecurityContextHolderStrategy.class));
        TestData data = nodeA.getBean(TestData.class);
        TenantSummary brand = data.tenant("nodes");
        AuthenticatedUser manager = data.person(brand, Role.BRAND_MANAGER, "boss@nodes.test");
        AuthenticatedUser holder = data.person(brand, Role.MEMBER, "holder@nodes.test");
        AuthenticatedUser waiting = data.person(brand, Role.MEMBER, "waiting@nodes.test");
        LocalDateTime start = LocalDateTime.now().plusDays(5).withNano(0);
        PerkCatalogue catalogue = nodeA.getBean(PerkCatalogue.class);
        MemberPerks perks = nodeA.getBean(MemberPerks.class);
        try {
            TestData.signIn(manager);
            long perkId = catalogue.create(PerksFixtures.eventForm("Atelier", start, start.plusHours(2), 1));
            catalogue.setStatus(perkId, PerkStatus.PUBLISHED);
            TestData.signIn(holder);
            perks.claim(perkId);
            TestData.signIn(waiting);
            perks.claim(perkId);
            TestData.signIn(holder);
            perks.cancel(perkId);
        } finally {
            TestData.signOut();
        }

        JdbcTemplate sql = nodeA.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count(sql, "notification", brand, waiting)).as("notices").isEqualTo(1);
            assertThat(sql.queryForList("SELECT listener_id, event_type, status FROM event_publication"
                            + " WHERE completion_date IS NULL"))
                    .as("incomplete effects")
                    .singleElement()
                    .satisfies(row -> assertThat(row.get("status")).isEqualTo("FAILED"));
        });
        assertThat(smtp.getReceivedMessages()).isEmpty();

        IncompleteEventPublications retryA = nodeA.getBean(IncompleteEventPublications.class);
        IncompleteEventPublications retryB = nodeB.getBean(IncompleteEventPublications.class);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    CompletableFuture.allOf(
                                    CompletableFuture.runAsync(() -> retryA.resubmitIncompletePublications(p -> true)),
                                    CompletableFuture.runAsync(() -> retryB.resubmitIncompletePublications(p -> true)))
                            .join();
                    assertThat(sql.queryForObject(
                                    "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                                    Integer.class))
                            .isZero();
                });

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0]).hasToString("waiting@nodes.test");
        assertThat(count(sql, "notification", brand, waiting)).isEqualTo(1);
        assertThat(sql.queryForObject(
                        "SELECT COUNT(*) FROM engagement_entry WHERE tenant_id = ? AND member_id = ?"
                                + " AND action = 'CLAIMED_PERK'",
                        Integer.class,
                        brand.id(),
                        waiting.accountId()))
                .isEqualTo(1);
    }

    private static int count(JdbcTemplate sql, String table, TenantSummary brand, AuthenticatedUser person) {
        return sql.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND recipient_id = ?",
                Integer.class,
                brand.id(),
                person.accountId());
    }

    /** Settings as command-line arguments: they outrank the application's own properties files. */
    private static ConfigurableApplicationContext node(int smtpPort) {
        Map<String, Object> settings = Map.ofEntries(
                Map.entry("AMBASSADE_DB_URL", MariaDb.urlFor(database)),
                Map.entry("AMBASSADE_DB_USER", MariaDb.user()),
                Map.entry("AMBASSADE_DB_PASSWORD", MariaDb.password()),
                Map.entry("AMBASSADE_DB_DIALECT", "mariadb"),
                Map.entry("AMBASSADE_PUBLIC_URL", "http://localhost:8080"),
                Map.entry("SMTP_HOST", "127.0.0.1"),
                Map.entry("SMTP_PORT", smtpPort),
                Map.entry("SMTP_STARTTLS", "false"),
                Map.entry("server.port", 0),
                Map.entry("ambassade.perks.lifecycle-enabled", false),
                Map.entry("ambassade.events.retry-every", "PT1H"),
                Map.entry("spring.main.banner-mode", "off"),
                Map.entry("logging.level.app.ambassade", "WARN"));
        String[] arguments = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Application.class).profiles("mysql").run(arguments);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
