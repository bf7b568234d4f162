package app.ambassade.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A portal whose public address is https sends HSTS and Secure session cookies whatever a node sees. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ambassade.public-url=https://localhost:8443")
@ActiveProfiles("test")
class HttpsPortalTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void everyAnswerCarriesHstsAndTheSessionCookieIsSecure() throws Exception {
        TenantSummary brand = data.tenant("httpsportal");
        ForwardedRequests requests = new ForwardedRequests(port);

        RawHttp.Response login = requests.get(brand, "/login", Map.of());
        RawHttp.Response trust = requests.get(brand, "/trust", Map.of());

        assertThat(login.header("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).containsIgnoringCase("; secure"));
        for (RawHttp.Response answer : java.util.List.of(login, trust)) {
            assertThat(answer.header("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        }
    }
}
