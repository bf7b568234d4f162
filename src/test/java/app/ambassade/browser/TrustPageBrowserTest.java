package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The demo brand's public trust page on a phone, checked by axe-core (from the npm registry, run
 * inside the page): no serious or critical accessibility violation; and no horizontal scrolling.
 */
class TrustPageBrowserTest extends BrowserJourney {

    private static final Path AXE_HOME = Path.of("target/axe-core");
    private static final Path AXE = AXE_HOME.resolve("node_modules/axe-core/axe.min.js");

    static String axeSource() throws IOException, InterruptedException {
        if (!Files.exists(AXE)) {
            Files.createDirectories(AXE_HOME);
            Process npm = new ProcessBuilder(
                            "npm",
                            "install",
                            "--ignore-scripts",
                            "--no-audit",
                            "--no-fund",
                            "--prefix",
                            AXE_HOME.toString(),
                            "axe-core@4")
                    // never the fork's own stdin/stdout: they carry the test runner's commands and events
                    .redirectErrorStream(true)
                    .redirectOutput(AXE_HOME.resolve("npm-install.log").toFile())
                    .start();
            npm.getOutputStream().close();
            npm.waitFor(180, TimeUnit.SECONDS);
        }
        assumeTrue(Files.exists(AXE), "axe-core could not be installed from the npm registry");
        return Files.readString(AXE, StandardCharsets.UTF_8);
    }

    @Test
    void theDemoTrustPageOnAPhoneHasNoSeriousOrCriticalAccessibilityViolation() throws Exception {
        String axe = axeSource();
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        for (String lang : List.of("fr", "en")) {
            browser.get(LUMIERE + "/trust?lang=" + lang);
            resize(PHONE);
            assertThat(browser.getTitle()).contains("Maison Lumière");
            assertThat(textOf("main")).contains("Paiement sécurisé 3-D Secure", "30 jours");
            Object overflow = js("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("horizontal scrolling at phone width").isEqualTo(Boolean.FALSE);

            assertNoSeriousViolations(axe, lang + " trust page");
        }
    }

    @Test
    void thePublicPageNotFoundIsBrandedOnABrandsHostAndAccessibleOnEitherHost() throws Exception {
        String axe = axeSource();
        browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        browser.get(LUMIERE + "/trust/no-such-page?lang=fr");
        resize(PHONE);
        assertThat(browser.getTitle()).contains("Page introuvable", "Maison Lumière");
        assertThat(textOf("header")).contains("Maison Lumière");
        assertNoSeriousViolations(axe, "brand's page not found");

        browser.get(LUMIERE.replace("maison-lumiere", "no-such-brand") + "/trust?lang=en");
        assertThat(browser.getTitle()).contains("Page not found");
        assertThat(textOf("main")).contains("No brand answers at this address").doesNotContain("Lumière");
        assertNoSeriousViolations(axe, "platform's page not found");
    }

    @SuppressWarnings("unchecked")
    private void assertNoSeriousViolations(String axe, String page) {
        js(axe);
        assertThat(js("return typeof axe.run;")).isEqualTo("function");
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))))
                   .catch(e => done([{id: 'axe-error: ' + e, impact: 'critical', nodes: 0}]));
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations)
                .as("axe violations on the %s", page)
                .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .isEmpty();
    }
}
