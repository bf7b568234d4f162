package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Real-browser journeys: the whole application on port 8186 with the demo seed, driven through
 * Debian's headless Chromium and chromedriver (nothing is downloaded). One Spring context for all
 * journey classes, a fresh browser (no cookies, own profile) per test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=" + BrowserJourney.PORT,
            "spring.datasource.url=jdbc:h2:mem:browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "ambassade.demo-data=true",
            "ambassade.public-url=http://localhost:" + BrowserJourney.PORT,
            "ambassade.mail.outbox=true",
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.launch-browser=false"
        })
abstract class BrowserJourney {

    static final int PORT = 8186;
    static final String PASSWORD = "ambassade-demo-1";
    static final String PLATFORM = "http://localhost:" + PORT;
    static final String LUMIERE = "http://maison-lumiere.localhost:" + PORT;
    static final String CIMES = "http://cimes-outdoor.localhost:" + PORT;

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][\\w-]*(?:\\.[\\w-]+)+");

    ChromeDriver browser;
    private Path profile;
    /** Where the browser saves downloaded files, without asking; emptied with the profile. */
    Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        // An explicit driver and browser: Selenium Manager has nothing to look up or download.
        // A driver service per browser: quitting a browser also stops its service.
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        profile = Files.createTempDirectory("ambassade-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The console is kept, so that a journey can prove the page broke no Content-Security-Policy rule.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        "en-US,en",
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        resize(DESKTOP);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Sets the size of the page's viewport (not of the window around it). */
    void resize(Dimension viewport) {
        browser.manage().window().setSize(viewport);
        Object inner = js("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> size && size.size() == 2) {
            int dw = viewport.width - ((Number) size.get(0)).intValue();
            int dh = viewport.height - ((Number) size.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                browser.manage().window().setSize(new Dimension(viewport.width + dw, viewport.height + dh));
            }
        }
    }

    void open(String url) {
        browser.get(url);
        waitForVaadin();
    }

    /** Waits until the Vaadin client has started, has no request in flight and shows no loading bar. */
    void waitForVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                const clients = Object.values(flow.clients);
                if (clients.length === 0 || !clients.every(c => c.isActive && !c.isActive())) { return false; }
                // The loading bar fades out after a request: screenshots wait until it is gone.
                const indicator = document.querySelector('.v-loading-indicator');
                return !indicator || getComputedStyle(indicator).opacity === '0';
                """)));
    }

    /** Scrolls the element to the middle of the small screen first, as a thumb would, then clicks it. */
    void press(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(d -> element.isDisplayed());
        element.click();
        waitForVaadin();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Fills the Vaadin login form and submits it (a real form post to /login). */
    void logIn(String email, String password) {
        WebElement username = waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("vaadin-login-form input[name=username]")));
        username.clear();
        username.sendKeys(email);
        WebElement field = browser.findElement(By.cssSelector("vaadin-login-form input[name=password]"));
        field.clear();
        field.sendKeys(password, Keys.ENTER);
    }

    void waitForPath(String path) {
        waiting().until(d -> {
            String url = d.getCurrentUrl();
            return url != null && java.net.URI.create(url).getPath().equals(path);
        });
        waitForVaadin();
    }

    String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The text of an element, also when it is hidden (a closed drawer at phone width). */
    String textOf(String css) {
        WebElement element = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        return String.valueOf(js("return arguments[0].textContent;", element)).strip();
    }

    String bodyText() {
        return String.valueOf(js("return document.body.innerText;"));
    }

    /** Text of an element including its shadow DOM (where Vaadin components render their parts). */
    String deepText(String css) {
        return String.valueOf(js("""
                const collect = node => {
                  if (node.nodeType === Node.TEXT_NODE) { return node.textContent; }
                  let text = '';
                  if (node.shadowRoot) { text += collect(node.shadowRoot); }
                  node.childNodes.forEach(child => { text += ' ' + collect(child); });
                  return text;
                };
                return collect(document.querySelector(arguments[0]));
                """, css));
    }

    /** The provider shows a missing key as "!key": none may reach the page. */
    void assertNoMissingTranslation() {
        String text = deepText("body") + " " + js("return document.title;");
        assertThat(MISSING_KEY.matcher(text).results().map(m -> m.group()).toList())
                .as("missing translations on %s", browser.getCurrentUrl())
                .isEmpty();
    }

    /**
     * Chromium reports every resource, inline script or eval the page's Content-Security-Policy refused
     * on the console: none may have been refused since the browser opened (all pages visited so far).
     */
    void assertNoContentSecurityPolicyViolation() {
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message ->
                        message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        assertThat(refused)
                .as("Content-Security-Policy violations on the console")
                .isEmpty();
    }

    /** Saves what the browser shows, after checking that no translation is missing from it. */
    Path screenshot(String name) {
        assertNoMissingTranslation();
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            assertThat(png.length).as("screenshot size").isGreaterThan(1000);
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
