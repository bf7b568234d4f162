package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Login CSRF: a foreign site must not be able to sign a visitor's browser in to an account of its
 * choosing by posting the login form itself. The form's POST needs the CSRF token of the visitor's
 * own login page (vaadin-login-form posts it from the page's _csrf meta tags). Without it the
 * browser is sent back to the login page, signed out, as a visitor whose page went stale would be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aLoginPostedFromAForeignSiteWithoutTheTokenSignsNobodyIn() throws IOException {
        TenantSummary tenant = data.tenant("csrf");
        data.person(tenant, Role.MEMBER, "attacker@example.com");

        RawHttp.Response forged = RawHttp.postForm(
                port,
                host(tenant),
                "/login",
                "username=attacker@example.com&password=" + TestData.PASSWORD,
                null,
                Map.of("Origin", "https://evil.example", "Referer", "https://evil.example/page"));

        assertSentBackToTheLoginPage(forged);
        if (forged.sessionCookie().isPresent()) {
            assertThat(RawHttp.get(
                                    port,
                                    host(tenant),
                                    "/",
                                    forged.sessionCookie().get())
                            .status())
                    .as("a session the forged post opened is not signed in")
                    .isEqualTo(302);
        }
    }

    @Test
    void theTokenOfAnotherSessionDoesNotWorkEither() throws IOException {
        TenantSummary tenant = data.tenant("csrf");
        data.person(tenant, Role.MEMBER, "attacker@example.com");
        RawHttp.LoginPage attackers = RawHttp.loginPage(port, host(tenant));
        RawHttp.LoginPage victims = RawHttp.loginPage(port, host(tenant));

        RawHttp.Response forged = RawHttp.postForm(
                port,
                host(tenant),
                "/login",
                attackers.form("attacker@example.com", TestData.PASSWORD),
                victims.session());

        assertSentBackToTheLoginPage(forged);
        assertThat(RawHttp.get(port, host(tenant), "/", victims.session()).status())
                .as("the victim's browser is still signed out")
                .isEqualTo(302);
    }

    @Test
    void theLoginPagesOwnFormSignsIn() throws IOException {
        TenantSummary tenant = data.tenant("csrf");
        data.person(tenant, Role.MEMBER, "member@example.com");

        RawHttp.Response response = RawHttp.login(port, host(tenant), "member@example.com", TestData.PASSWORD);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(RawHttp.get(port, host(tenant), "/", response.sessionCookie().orElseThrow())
                        .status())
                .isEqualTo(200);
    }

    /** Refused before any password check: back to the login page, with no error code and no session. */
    private static void assertSentBackToTheLoginPage(RawHttp.Response response) {
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location"))
                .as(response.headers())
                .hasValueSatisfying(l -> assertThat(l).matches("http://[^/]+/login(;jsessionid=\\w+)?"));
    }

    private String host(TenantSummary tenant) {
        return tenant.slug() + ".localhost:" + port;
    }
}
