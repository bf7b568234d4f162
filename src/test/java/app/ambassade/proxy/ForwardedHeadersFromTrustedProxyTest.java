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
 * With the proxy's address trusted (here the test's own loopback), the client address, scheme and
 * scheme it forwards are the request's: each visitor has a budget of their own, and https requests get
 * HSTS and Secure cookies. The brand is named by the Host header, which the proxy keeps: an
 * X-Forwarded-Host never names another brand.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class ForwardedHeadersFromTrustedProxyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void eachForwardedVisitorHasABudgetOfTheirOwnAndOneVisitorIsStillLimited() throws Exception {
        TenantSummary brand = data.tenant("proxyip");
        ForwardedRequests requests = new ForwardedRequests(port);

        LimitProbe manyVisitors = requests.widgetUntilRefused(brand, i -> "198.51.100." + (i + 1));
        LimitProbe oneVisitor = requests.widgetUntilRefused(brand, i -> "192.0.2.7");

        assertThat(manyVisitors.refused()).as(manyVisitors.toString()).isFalse();
        assertThat(oneVisitor.refusedAfterOneBudget(LimitProbe.WIDGET_PER_MINUTE))
                .as(oneVisitor.toString())
                .isTrue();
    }

    @Test
    void theForwardedSchemeIsHonouredWhileTheBrandComesFromTheHostTheProxyKeeps() throws Exception {
        TenantSummary proxied = data.tenant("proxyhost");
        TenantSummary asked = data.tenant("proxyasked");
        ForwardedRequests requests = new ForwardedRequests(port);

        RawHttp.Response page = requests.get(
                proxied,
                "/trust",
                Map.of(
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Host",
                        requests.host(asked),
                        "X-Forwarded-For",
                        "192.0.2.8"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("proxyhost").doesNotContain("proxyasked");
        assertThat(page.header("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        RawHttp.Response login = requests.get(proxied, "/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(login.header("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie).containsIgnoringCase("; secure"));
        assertThat(requests.get(proxied, "/trust", Map.of()).header("Strict-Transport-Security"))
                .isEmpty();
    }
}
