package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Login per host, sessions bound to their tenant's host, and sessions ended by a password change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aPersonLogsInOnTheirTenantsHostAndReachesTheHomePage() throws IOException {
        TenantSummary tenant = data.tenant("http");
        data.person(tenant, Role.MEMBER, "web@example.com");

        String session = login(tenant.slug(), "web@example.com", TestData.PASSWORD);

        assertThat(session).isNotNull();
        assertThat(RawHttp.get(port, host(tenant.slug()), "/", session).status())
                .isEqualTo(200);
    }

    @Test
    void theSameCredentialsOnAnotherTenantsHostAreRefused() throws IOException {
        TenantSummary a = data.tenant("http");
        TenantSummary b = data.tenant("other");
        data.person(a, Role.MEMBER, "only-a@example.com");

        RawHttp.Response refused = RawHttp.login(port, host(b.slug()), "only-a@example.com", TestData.PASSWORD);

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=credentials"));
    }

    @Test
    void aSessionCarriedToAnotherTenantsHostIsEnded() throws IOException {
        TenantSummary a = data.tenant("http");
        TenantSummary b = data.tenant("other");
        data.person(a, Role.BRAND_MANAGER, "boss@example.com");
        String session = login(a.slug(), "boss@example.com", TestData.PASSWORD);

        RawHttp.Response onB = RawHttp.get(port, host(b.slug()), "/", session);

        assertThat(onB.status()).isEqualTo(302);
        assertThat(onB.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(RawHttp.get(port, host(a.slug()), "/", session).status())
                .as("the stolen session is gone for its own host too")
                .isEqualTo(302);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsOfThatPerson() throws IOException {
        TenantSummary tenant = data.tenant("http");
        AuthenticatedUser member = data.person(tenant, Role.MEMBER, "pw@example.com");
        String phone = login(tenant.slug(), "pw@example.com", TestData.PASSWORD);
        assertThat(RawHttp.get(port, host(tenant.slug()), "/", phone).status()).isEqualTo(200);

        TestData.signIn(member);
        accounts.changePassword(TestData.PASSWORD, "a-new-password-7");

        assertThat(RawHttp.get(port, host(tenant.slug()), "/", phone).status()).isEqualTo(302);
        assertThat(login(tenant.slug(), "pw@example.com", "a-new-password-7")).isNotNull();
    }

    @Test
    void platformAdminsCannotLogInOnATenantHostNorMembersOnThePlatformHost() throws IOException {
        TenantSummary tenant = data.tenant("http");
        data.person(tenant, Role.MEMBER, "member@example.com");
        data.platformAdmin("ops@example.com");

        assertThat(login(tenant.slug(), "ops@example.com", TestData.PASSWORD)).isNull();
        assertThat(RawHttp.login(port, "localhost:" + port, "member@example.com", TestData.PASSWORD)
                        .header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=credentials"));
    }

    /** Logs in and returns the session id, or null when the login was refused. */
    private String login(String slug, String email, String password) throws IOException {
        RawHttp.Response response = RawHttp.login(port, host(slug), email, password);
        boolean ok = response.header("Location").map(l -> !l.contains("error")).orElse(false);
        return ok ? response.sessionCookie().orElse(null) : null;
    }

    private String host(String slug) {
        return slug + ".localhost:" + port;
    }
}
