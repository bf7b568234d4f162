package app.ambassade.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.LimitProbe;
import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The default trusts no proxy: forwarded headers sent straight to a node are ignored, so nobody can
 * pick their own client address (and a fresh rate-limit budget), scheme or brand host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedHeadersFromAnyoneTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aSpoofedClientAddressGetsNoBudgetOfItsOwn() throws Exception {
        TenantSummary brand = data.tenant("spoofip");
        ForwardedRequests requests = new ForwardedRequests(port);

        LimitProbe probe = requests.widgetUntilRefused(brand, i -> "203.0.113." + (i + 1));

        assertThat(probe.refusedAfterOneBudget(LimitProbe.WIDGET_PER_MINUTE))
                .as(probe.toString())
                .isTrue();
    }

    @Test
    void aSpoofedSchemeAndHostChangeNothing() throws Exception {
        TenantSummary shown = data.tenant("spoofshown");
        TenantSummary claimed = data.tenant("spoofclaimed");
        ForwardedRequests requests = new ForwardedRequests(port);

        RawHttp.Response page = requests.get(
                shown,
                "/trust",
                Map.of(
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Host",
                        requests.host(claimed),
                        "X-Forwarded-Port",
                        "443"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("spoofshown").doesNotContain("spoofclaimed");
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
        RawHttp.Response login = requests.get(shown, "/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(login.header("Set-Cookie"))
                .hasValueSatisfying(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("secure"));
    }
}
