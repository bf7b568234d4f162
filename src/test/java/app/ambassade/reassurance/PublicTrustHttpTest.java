package app.ambassade.reassurance;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The public trust page and the widget over real HTTP, on tenant hosts: isolation, caching, language, CORS, limits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicTrustHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TrustContentService content;

    @Autowired
    PolicyService policies;

    @Autowired
    WidgetSettingsService widgets;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser managerA;
    AuthenticatedUser managerB;

    @BeforeEach
    void seed() {
        a = data.tenant("pagea");
        b = data.tenant("pageb");
        managerA = data.person(a, Role.BRAND_MANAGER, "m@pagea.test");
        managerB = data.person(b, Role.BRAND_MANAGER, "m@pageb.test");
        TestData.signIn(managerA);
        content.saveLabel(
                null,
                new TrustLabelForm(
                        "Alpha secure payment",
                        TrustLabelKind.SECURE_PAYMENT,
                        "https://pay.alpha.test",
                        "<script>alert('x')</script>",
                        1));
        content.saveFact(
                null, new TransparencyFactForm(TransparencyFactKind.DELIVERY_TIME, "truck", "Alpha ships in 48 h", 1));
        content.saveFaq(null, new FaqForm("Orders", "Alpha question?", "Alpha **answer**", 1));
        policies.saveDraft(PolicyType.RETURN, "Alpha returns: 14 days.");
        policies.publish(PolicyType.RETURN);
        policies.saveDraft(PolicyType.RETURN, "Alpha returns: 30 days.");
        policies.publish(PolicyType.RETURN);
        policies.saveDraft(PolicyType.RETURN, "Alpha secret draft.");
        TestData.signIn(managerB);
        content.saveLabel(null, new TrustLabelForm("Beta quality label", TrustLabelKind.QUALITY_LABEL, null, null, 1));
        policies.saveDraft(PolicyType.RETURN, "Beta draft returns only.");
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private String host(TenantSummary tenant) {
        return tenant.slug() + ".localhost:" + port;
    }

    private RawHttp.Response get(TenantSummary tenant, String path, Map<String, String> headers) throws Exception {
        return RawHttp.get(port, host(tenant), path, headers);
    }

    @Test
    void aBrandsTrustPageShowsItsPublishedContentOnlyAndNeverAnotherBrands() throws Exception {
        RawHttp.Response page = get(a, "/trust?lang=en", Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains(
                        "Alpha secure payment",
                        "Alpha ships in 48 h",
                        "Alpha question?",
                        "<strong>answer</strong>",
                        "Alpha returns: 30 days.",
                        "/trust/policies/return/versions/1");
        assertThat(page.body()).doesNotContain("Alpha secret draft", "Beta", "<script>alert");
        assertThat(page.body()).contains("&lt;script&gt;");
        assertThat(page.body())
                .contains("<title>")
                .contains("<meta name=\"description\"")
                .contains("<main");

        RawHttp.Response pageB = get(b, "/trust?lang=en", Map.of());
        assertThat(pageB.status()).isEqualTo(200);
        assertThat(pageB.body()).contains("Beta quality label").doesNotContain("Alpha", "Beta draft returns only");
    }

    @Test
    void aMissingPublicAddressAnswersTheBrandsOwnPageNotFoundInTheVisitorsLanguage() throws Exception {
        RawHttp.Response english = get(a, "/trust/nothing-here?lang=en", Map.of());
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(english.header("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(english.header("Content-Security-Policy")).isPresent();
        assertThat(english.header("Set-Cookie")).isEmpty();
        assertThat(english.body())
                .contains("<html lang=\"en\"", "<main id=\"main\"", "<h1>Page not found</h1>", "pagea")
                .contains("href=\"/trust?lang=en\"", "href=\"/trust/nothing-here?lang=fr\"")
                .doesNotContain("pageb");

        RawHttp.Response french = get(a, "/trust/policies/return/versions/99", Map.of("Accept-Language", "fr-FR"));
        assertThat(french.status()).isEqualTo(404);
        assertThat(french.body()).contains("<html lang=\"fr\"", "<h1>Page introuvable</h1>", "pagea");
        assertThat(get(b, "/trust/policies/nonsense/versions/1", Map.of()).body())
                .as("the brand's own language by default")
                .contains("Page introuvable", "pageb")
                .doesNotContain("pagea");
    }

    @Test
    void aHostWithNoActiveBrandGetsThePlatformsPageNotFoundNamingNoBrand() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 6) + ".localhost:" + port;
        RawHttp.Response page = RawHttp.get(port, unknown, "/trust/anything?lang=en", Map.of());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body())
                .contains("<main id=\"main\"", "Page not found", "No brand answers at this address")
                .contains("href=\"http://localhost:");
        assertThat(page.header("Set-Cookie")).isEmpty();

        TestData.asPlatformAdmin(() -> tenants.suspend(b.id(), "Unpaid invoices"));
        RawHttp.Response suspended = get(b, "/trust", Map.of());
        assertThat(suspended.status()).isEqualTo(404);
        assertThat(suspended.body())
                .contains("No brand answers at this address")
                .doesNotContain("pageb");
    }

    @Test
    void theMissingAddressIsNeverEchoedUnescapedInThePageNotFound() throws Exception {
        RawHttp.Response page = get(a, "/trust/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E/x\"onmouseover=\"x", Map.of());
        assertThat(page.status()).isIn(400, 404);
        assertThat(page.body()).doesNotContain("<script>alert", "\"onmouseover");
    }

    @Test
    void otherWidgetAddressesAnswerJsonNotFoundWithoutSession() throws Exception {
        RawHttp.Response other = get(a, "/widget/some/thing", Map.of());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(other.header("Set-Cookie")).isEmpty();
    }

    @Test
    void earlierPolicyVersionsArePublicButDraftsAndOtherBrandsVersionsAreNot() throws Exception {
        assertThat(get(a, "/trust/policies/return/versions/1?lang=en", Map.of()).body())
                .contains("Alpha returns: 14 days.");
        assertThat(get(a, "/trust/policies/return/versions/3", Map.of()).status())
                .isEqualTo(404);
        assertThat(get(b, "/trust/policies/return/versions/1", Map.of()).status())
                .isEqualTo(404);
        assertThat(get(b, "/trust/policies/return/versions/2", Map.of()).status())
                .isEqualTo(404);
        assertThat(get(a, "/trust/policies/nonsense/versions/1", Map.of()).status())
                .isEqualTo(404);
    }

    @Autowired
    app.ambassade.tenancy.TenantService tenants;

    @Test
    void aLabelImageIsServedOnItsOwnBrandsHostOnly() throws Exception {
        TestData.signIn(managerB);
        long labelB = content.saveLabel(
                        null, new TrustLabelForm("Beta image label", TrustLabelKind.OTHER, null, null, 2))
                .id();
        content.replaceLabelImage(labelB, new app.ambassade.tenancy.LogoUpload("b.png", TrustContentServiceTest.PNG));
        TestData.signOut();
        RawHttp.Response own = get(b, "/trust/labels/" + labelB + "/image", Map.of());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Content-Type")).contains("image/png");
        assertThat(own.header("Set-Cookie")).isEmpty();
        assertThat(get(a, "/trust/labels/" + labelB + "/image", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void aSuspendedBrandHasNoTrustPageNorWidget() throws Exception {
        String key = widgetKey(managerB, "");
        TestData.asPlatformAdmin(() -> tenants.suspend(b.id(), "Unpaid invoices"));
        assertThat(get(b, "/trust", Map.of()).status()).isEqualTo(404);
        assertThat(get(b, "/widget/" + key + ".json", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anUnknownHostOrThePlatformHostHasNoTrustPage() throws Exception {
        assertThat(RawHttp.get(
                                port,
                                "nobody-" + UUID.randomUUID().toString().substring(0, 6) + ".localhost:" + port,
                                "/trust",
                                Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(RawHttp.get(port, "localhost:" + port, "/trust", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void theTrustPageCreatesNoSessionAndAnswers304ToAMatchingETag() throws Exception {
        RawHttp.Response first = get(a, "/trust", Map.of("Accept-Language", "en"));
        assertThat(first.header("Set-Cookie")).isEmpty();
        assertThat(first.header("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        String etag = first.header("ETag").orElseThrow();

        RawHttp.Response second = get(a, "/trust", Map.of("Accept-Language", "en", "If-None-Match", etag));
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
        assertThat(second.header("Set-Cookie")).isEmpty();
        assertThat(get(a, "/trust/policies/return/versions/1", Map.of()).header("Set-Cookie"))
                .isEmpty();
        assertThat(get(a, "/trust/nothing-here", Map.of()).header("Set-Cookie")).isEmpty();
    }

    @Test
    void theLanguageComesFromTheSwitchThenFromTheBrowser() throws Exception {
        assertThat(get(a, "/trust", Map.of("Accept-Language", "fr-FR,fr;q=0.9")).body())
                .contains("<html lang=\"fr\"", "Nos engagements");
        assertThat(get(a, "/trust", Map.of("Accept-Language", "en-GB,en;q=0.9")).body())
                .contains("<html lang=\"en\"", "Our commitments");
        assertThat(get(a, "/trust?lang=fr", Map.of("Accept-Language", "en")).body())
                .contains("Nos engagements");
        // no preference: the brand's default language (French for test tenants)
        assertThat(get(a, "/trust", Map.of()).body()).contains("<html lang=\"fr\"");
    }

    private String widgetKey(AuthenticatedUser manager, String origins) {
        TestData.signIn(manager);
        try {
            widgets.saveOrigins(origins);
            return widgets.current().key();
        } finally {
            TestData.signOut();
        }
    }

    @Test
    void aWidgetKeyShowsOnlyItsOwnBrandsPublishedContent() throws Exception {
        String keyA = widgetKey(managerA, "https://shop.alpha.test");
        String keyB = widgetKey(managerB, "");
        RawHttp.Response widget = get(a, "/widget/" + keyA + ".json?lang=en", Map.of());
        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(widget.body())
                .contains("Alpha secure payment", "Alpha ships in 48 h", "RETURN")
                .doesNotContain("Beta", "secret draft", "<script");
        assertThat(widget.header("Set-Cookie")).isEmpty();

        assertThat(get(b, "/widget/" + keyB + ".json", Map.of()).body())
                .contains("Beta quality label")
                .doesNotContain("Alpha");
        // A's slug with B's secret, or a made-up key: nothing
        String forged = a.slug() + keyB.substring(keyB.lastIndexOf('-'));
        assertThat(get(a, "/widget/" + forged + ".json", Map.of()).status()).isEqualTo(404);
        assertThat(get(a, "/widget/nothing.json", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theWidgetRevalidatesWithItsETag() throws Exception {
        String key = widgetKey(managerA, "");
        RawHttp.Response first = get(a, "/widget/" + key + ".json", Map.of());
        String etag = first.header("ETag").orElseThrow();
        assertThat(first.header("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        RawHttp.Response second = get(a, "/widget/" + key + ".json", Map.of("If-None-Match", etag));
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.header("Set-Cookie")).isEmpty();
    }

    @Test
    void onlyTheOriginsTheBrandListsMayReadTheWidgetFromABrowser() throws Exception {
        String key = widgetKey(managerA, "https://shop.alpha.test");
        RawHttp.Response allowed = get(a, "/widget/" + key + ".json", Map.of("Origin", "https://shop.alpha.test"));
        assertThat(allowed.header("Access-Control-Allow-Origin")).contains("https://shop.alpha.test");
        RawHttp.Response foreign = get(a, "/widget/" + key + ".json", Map.of("Origin", "https://evil.test"));
        assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();
        RawHttp.Response lookalike =
                get(a, "/widget/" + key + ".json", Map.of("Origin", "https://shop.alpha.test.evil.test"));
        assertThat(lookalike.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void tooManyTrustPageRequestsFromOneClientAreRefusedWith429AndRetryAfter() throws Exception {
        RawHttp.Response last = null;
        int served = 0;
        for (int i = 0; i < 200 && (last == null || last.status() != 429); i++) {
            last = get(a, "/trust", Map.of());
            served += last.status() == 200 ? 1 : 0;
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(served).as("the budget, plus what refilled during the loop").isBetween(120, 199);
        assertThat(last.header("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(last.header("Set-Cookie")).isEmpty();
    }

    @Test
    void tooManyWidgetRequestsFromOneClientAreRefusedWith429AndRetryAfter() throws Exception {
        String key = widgetKey(managerA, "");
        RawHttp.Response last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = get(a, "/widget/" + key + ".json", Map.of());
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(get(a, "/widget/" + a.slug() + "-made-up.json", Map.of()).status())
                .as("the budget is the brand's: another key, made up or not, buys no fresh one")
                .isEqualTo(429);
        assertThat(get(b, "/widget/nothing.json", Map.of()).status())
                .as("brand B keeps its own budget")
                .isEqualTo(404);
    }

    @Test
    void aWidgetKeyAnswersOnlyOnItsOwnBrandsHost() throws Exception {
        String keyA = widgetKey(managerA, "");
        assertThat(get(a, "/widget/" + keyA + ".json", Map.of()).status()).isEqualTo(200);
        for (String elsewhere : List.of(
                host(b),
                "localhost:" + port,
                "nobody-" + UUID.randomUUID().toString().substring(0, 6) + ".localhost:" + port)) {
            RawHttp.Response response = RawHttp.get(port, elsewhere, "/widget/" + keyA + ".json", Map.of());
            assertThat(response.status()).as("A's key on %s", elsewhere).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Alpha").isEqualTo("{\"error\":\"not found\"}");
        }
    }

    @Test
    void theTrustPageBudgetIsTheBrandsWhateverTheLetterCaseOfTheHost() throws Exception {
        Random random = new Random(9);
        RawHttp.Response last = null;
        int served = 0;
        for (int i = 0; i < 200 && (last == null || last.status() != 429); i++) {
            StringBuilder spelling = new StringBuilder(host(a));
            for (int c = 0; c < spelling.length(); c++) {
                if (random.nextBoolean()) {
                    spelling.setCharAt(c, Character.toUpperCase(spelling.charAt(c)));
                }
            }
            last = RawHttp.get(port, spelling.toString(), "/trust", Map.of());
            served += last.status() == 200 ? 1 : 0;
        }
        assertThat(served).as("every spelling is brand A's page").isPositive();
        assertThat(last.status()).isEqualTo(429);
        assertThat(served).as("one budget for all spellings of the host").isBetween(120, 199);
        assertThat(get(b, "/trust", Map.of()).status())
                .as("brand B keeps its own budget")
                .isEqualTo(200);
    }

    @Test
    void aHostWithNoBrandIsAnswered404AndNeverThrottled() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 6) + ".localhost:" + port;
        for (int i = 0; i < 120 + 5; i++) {
            assertThat(RawHttp.get(port, unknown, "/trust", Map.of()).status()).isEqualTo(404);
        }
        assertThat(RawHttp.get(port, "localhost:" + port, "/trust/embed", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theWidgetScriptIsServedWithoutSession() throws Exception {
        RawHttp.Response script = RawHttp.get(port, "localhost:" + port, "/widget.js", Map.of());
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("textContent");
        assertThat(script.header("Set-Cookie")).isEmpty();
    }
}
