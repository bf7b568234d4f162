package app.ambassade.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.Role;
import app.ambassade.support.MariaDb;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.RawHttp;
import app.ambassade.support.RestoreSecurityContextStrategy;
import app.ambassade.support.TcpCut;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real database outage: the application reaches MariaDB through a relay that the test cuts for
 * 20 seconds. Meanwhile people get a translated "temporarily unavailable" page (503, Retry-After)
 * quickly, never "access denied", readiness is DOWN within a few seconds, and afterwards the same
 * session carries on without signing in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@MariaDbTest
@DirtiesContext
@ExtendWith(RestoreSecurityContextStrategy.class)
class DatabaseOutageIT {

    private static final String DATABASE = MariaDb.createDatabase("outage");
    private static final TcpCut LINK = TcpCut.to(MariaDb.urlFor(DATABASE));
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(6);

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("AMBASSADE_DB_URL", () -> LINK.jdbcUrl(MariaDb.urlFor(DATABASE)));
        registry.add("spring.datasource.hikari.connection-timeout", () -> "3000"); // production's, not the suite's
    }

    @AfterAll
    static void dropDatabase() {
        LINK.close();
        MariaDb.dropDatabase(DATABASE);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aTwentySecondOutageShowsATranslated503AndThePortalRecoversByItself() throws Exception {
        TenantSummary tenant = data.tenant("outage");
        data.person(tenant, Role.MEMBER, "member@outage.example");
        String host = tenant.slug() + ".localhost:" + port;
        String session = RawHttp.login(port, host, "member@outage.example", TestData.PASSWORD)
                .sessionCookie()
                .orElseThrow();
        assertThat(RawHttp.get(port, host, "/", session).status()).isEqualTo(200);
        assertThat(readiness().status()).isEqualTo(200);

        LINK.cut();
        long cutAt = System.nanoTime();
        try {
            long asked = System.nanoTime();
            assertThat(readiness().status()).as("readiness during the outage").isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(A_FEW_SECONDS);

            asked = System.nanoTime();
            RawHttp.Response page = RawHttp.get(
                    port, host, "/", Map.of("Cookie", "JSESSIONID=" + session, "Accept-Language", "fr-FR,fr;q=0.9"));
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(A_FEW_SECONDS);
            assertThat(page.status()).as("a signed-in page").isEqualTo(503);
            assertThat(page.header("Retry-After")).contains("10");
            assertThat(page.body())
                    .contains("Momentanément indisponible")
                    .contains("<html lang=\"fr\"")
                    .doesNotContain("Exception");

            RawHttp.Response english = RawHttp.get(
                    port, host, "/notifications", Map.of("Cookie", "JSESSIONID=" + session, "Accept-Language", "en"));
            assertThat(english.status()).isEqualTo(503);
            assertThat(english.body()).contains("Temporarily unavailable");

            RawHttp.Response heartbeat = RawHttp.postForm(port, host, "/?v-r=heartbeat&v-uiId=0", "", session);
            assertThat(heartbeat.status())
                    .as("the Vaadin client's requests: 503 means 'try again'")
                    .isEqualTo(503);

            RawHttp.Response trust = RawHttp.get(port, host, "/trust", Map.of("Accept-Language", "en"));
            assertThat(trust.status())
                    .as("an anonymous public page: from its cache, or unavailable")
                    .isIn(200, 503);
            assertThat(trust.body()).doesNotContain("Exception");

            RawHttp.Response json = RawHttp.get(
                    port,
                    host,
                    "/notifications",
                    Map.of("Cookie", "JSESSIONID=" + session, "Accept", "application/json"));
            assertThat(json.status()).isEqualTo(503);
            assertThat(json.header("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(json.body()).contains("\"retryAfterSeconds\":10").contains("cannot reach its data");

            Thread.sleep(Math.max(
                    0,
                    OUTAGE.toMillis()
                            - Duration.ofNanos(System.nanoTime() - cutAt).toMillis()));
        } finally {
            LINK.restore();
        }

        long back = System.nanoTime();
        while (readiness().status() != 200) {
            assertThat(Duration.ofNanos(System.nanoTime() - back))
                    .as("ready again")
                    .isLessThan(Duration.ofSeconds(15));
            Thread.sleep(250);
        }
        assertThat(RawHttp.get(port, host, "/", session).status())
                .as("the same session carries on")
                .isEqualTo(200);
    }

    private RawHttp.Response readiness() throws IOException {
        return RawHttp.get(port, "localhost:" + port, "/actuator/health/readiness", Map.of());
    }
}
