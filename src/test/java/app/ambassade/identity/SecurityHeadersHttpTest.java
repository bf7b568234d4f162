package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.reassurance.WidgetSettingsService;
import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security headers over real HTTP, on a brand's host: the login page and a signed-in portal page
 * (both served by Vaadin), the public trust page and its embed, the widget JSON and its script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    WidgetSettingsService widgets;

    TenantSummary brand;
    String host;
    String widgetKey;

    @BeforeEach
    void seed() {
        brand = data.tenant("headers");
        host = brand.slug() + ".localhost:" + port;
        AuthenticatedUser manager = data.person(brand, Role.BRAND_MANAGER, "boss@headers.test");
        TestData.signIn(manager);
        widgetKey = widgets.current().key();
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theLoginPageAndSignedInPortalPagesCarryTheSecurityHeadersAndAreNeverStored() throws Exception {
        RawHttp.Response login = RawHttp.get(port, host, "/login", (String) null);
        RawHttp.Response portal = RawHttp.get(port, host, "/", signIn("boss@headers.test"));

        for (RawHttp.Response page : List.of(login, portal)) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertCommonHeaders(page);
            assertThat(page.header("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains(
                                    "default-src 'self'",
                                    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                                    "style-src 'self' 'unsafe-inline'",
                                    "frame-ancestors 'self'",
                                    "object-src 'none'",
                                    "base-uri 'self'")
                            .doesNotContain("*", "http:"));
            assertThat(page.header("Cache-Control")).contains("no-store");
            assertThat(page.header("X-Frame-Options")).contains("SAMEORIGIN");
        }
    }

    @Test
    void publicPagesKeepTheirOwnStricterPolicyAndTheirCaching() throws Exception {
        RawHttp.Response trust = RawHttp.get(port, host, "/trust", Map.of());
        assertThat(trust.status()).isEqualTo(200);
        assertCommonHeaders(trust);
        assertThat(trust.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'none'", "frame-ancestors 'none'"));
        assertThat(trust.header("Cache-Control")).contains("max-age=300, public");
        assertThat(trust.header("ETag")).isPresent();
        assertThat(headerLines(trust, "Pragma")).isEmpty();
        assertThat(headerLines(trust, "Expires")).isEmpty();

        RawHttp.Response embed = RawHttp.get(port, host, "/trust/embed", Map.of());
        assertThat(embed.status()).isEqualTo(200);
        assertCommonHeaders(embed);
        assertThat(embed.header("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'", "frame-ancestors 'self'")
                        .doesNotContain("unsafe-eval"));
    }

    @Test
    void theWidgetAndItsScriptCarryTheHeadersAndStayCacheable() throws Exception {
        RawHttp.Response json = RawHttp.get(port, host, "/widget/" + widgetKey + ".json", Map.of());
        assertThat(json.status()).isEqualTo(200);
        assertCommonHeaders(json);
        assertThat(json.header("Cache-Control")).contains("max-age=300, public");
        assertThat(json.header("ETag")).isPresent();
        assertThat(json.header("Set-Cookie")).isEmpty();

        RawHttp.Response script = RawHttp.get(port, host, "/widget.js", Map.of());
        assertThat(script.status()).isEqualTo(200);
        assertCommonHeaders(script);
        assertThat(script.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(script.header("Cache-Control")).isPresent().get().asString().doesNotContain("no-store");
    }

    private static void assertCommonHeaders(RawHttp.Response response) {
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("Referrer-Policy")).contains("same-origin");
        assertThat(response.header("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(headerLines(response, "Content-Security-Policy"))
                .as("one policy, not two to intersect")
                .hasSize(1);
        assertThat(headerLines(response, "Cache-Control")).hasSize(1);
    }

    private static List<String> headerLines(RawHttp.Response response, String name) {
        return Arrays.stream(response.headers().split("\r\n"))
                .filter(line -> line.toLowerCase().startsWith(name.toLowerCase() + ":"))
                .toList();
    }

    private String signIn(String email) throws Exception {
        RawHttp.Response response = RawHttp.login(port, host, email, TestData.PASSWORD);
        assertThat(response.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return response.sessionCookie().orElseThrow();
    }
}
