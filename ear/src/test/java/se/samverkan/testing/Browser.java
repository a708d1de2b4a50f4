package se.samverkan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at one browser: Debian's headless Chromium driven by Selenium, signed in through the
 * real Keycloak form. It counts the clicks it makes, keeps the slowest server response the page saw
 * (Resource Timing), checks pages with axe-core and takes screenshots at phone and desktop width.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE =
            System.getProperty("samverkan.it.http-url", "http://localhost:18080");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> WCAG_21_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private static double slowestOfAllMillis;
    private static String slowestOfAllUrl = "";
    private int clicks;
    private double slowestServerMillis;
    private String slowestServerUrl = "";

    private Browser() throws IOException {
        profile = Files.createTempDirectory("samverkan-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("samverkan.it.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=sv-SE",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                Path.of(
                                                System.getProperty(
                                                        "samverkan.it.chromedriver",
                                                        "/usr/bin/chromedriver"))
                                        .toFile())
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Opens {@code route} (a hash route such as {@code #/report}) and signs in as {@code user}. */
    public static Browser signedIn(String user, String route) throws IOException {
        Browser browser = new Browser();
        browser.driver.get(BASE + "/" + route);
        browser.signInOnTheForm(user);
        browser.settle();
        return browser;
    }

    /** Keycloak's sign-in form (Samverkan's or a provider's): the user, the password, and back. */
    private void signInOnTheForm(String user) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Realm.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(BASE));
    }

    /**
     * Opens {@code route} and signs in through one of the principals' own identity providers: the
     * provider's button on Samverkan's sign-in page, then the provider's own form, and back.
     */
    public static Browser federated(String provider, String user, String route) throws IOException {
        Browser browser = new Browser();
        browser.driver.get(BASE + "/" + route);
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("social-" + provider)));
        browser.driver.findElement(By.id("social-" + provider)).click();
        browser.wait.until(d -> d.getCurrentUrl().contains("/realms/" + provider + "/"));
        browser.signInOnTheForm(user);
        browser.settle();
        return browser;
    }

    /** The access token the page holds for the API (the tab's sessionStorage). */
    public String accessToken() {
        Object token =
                driver.executeScript(
                        "const t = JSON.parse(sessionStorage.getItem('samverkan.tokens'));"
                                + " return t && t.access;");
        if (!(token instanceof String text)) {
            throw new AssertionError("the page holds no token");
        }
        return text;
    }

    /**
     * Follows a link as a person does from an e-mail: a new browser, no session, the address as it
     * is; signs in as {@code user} if Keycloak asks, and waits for the page.
     */
    public static Browser following(String link, String user) throws IOException {
        Browser browser = new Browser();
        browser.driver.get(link);
        browser.signInIfAsked(user);
        return browser;
    }

    /** Opens a page that needs no sign-in. */
    public static Browser anonymous(String route) throws IOException {
        Browser browser = new Browser();
        browser.driver.get(BASE + "/" + route);
        browser.settle();
        return browser;
    }

    /** Follows a hash route in the same page, as a click on a link would. */
    public void go(String route) {
        driver.executeScript("location.hash = arguments[0]", route);
        settle();
    }

    /** Waits until the page has rendered (main is no longer busy), then notes its timings. */
    public void settle() {
        wait.until(
                d ->
                        Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "const m = document.getElementById('main');"
                                                        + " return m !== null && !m.hasAttribute('aria-busy')"
                                                        + " && document.querySelector('main h1') !== null;")));
        noteTimings();
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        clicks++;
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
        clicks++;
    }

    public String heading() {
        return find("main h1").getText();
    }

    /**
     * Waits for the one-time message an action leaves ("Ärendet är bekräftat."): shown at the top
     * of the page and read out by the live region that was in the page before it (WCAG 4.1.3).
     */
    public void awaitFlash(String expected) {
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("main .flash"), expected));
        wait.until(
                d ->
                        d.findElement(By.id("announcer"))
                                .getAttribute("textContent")
                                .contains(expected));
        assertEquals(
                "status",
                driver.findElement(By.id("announcer")).getAttribute("role"),
                "the announcer is a live region");
        settle();
    }

    /**
     * The session ends as an expired one does for the page: the tab's tokens are gone, so its next
     * step goes through Keycloak. (Keycloak's own single sign-on may still hold, and then Keycloak
     * sends the browser straight back, as it would a nurse whose Keycloak session outlived the
     * page's tokens.)
     */
    public void loseSession() {
        driver.executeScript("sessionStorage.removeItem('samverkan.tokens');");
    }

    /**
     * After {@link #loseSession}: signs in on Keycloak's form if it asks, and waits for the page.
     */
    public void signInIfAsked(String user) {
        wait.until(
                d ->
                        !d.findElements(By.id("username")).isEmpty()
                                || (d.getCurrentUrl().startsWith(BASE)
                                        && !d.findElements(By.cssSelector("main h1")).isEmpty()));
        if (!driver.findElements(By.id("username")).isEmpty()) {
            signInOnTheForm(user);
        }
        settle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** A key pressed on whatever has the focus, as a keyboard-only user would. */
    public void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** The focused element, described by its id, or its tag and text. */
    public String focused() {
        return (String)
                driver.executeScript(
                        "const e = document.activeElement;"
                                + " return e.id ? '#' + e.id : e.tagName.toLowerCase() + ':' + e.textContent.trim();");
    }

    public Object script(String js, Object... arguments) {
        return driver.executeScript(js, arguments);
    }

    public int clicks() {
        return clicks;
    }

    public double slowestServerMillis() {
        noteTimings();
        return slowestServerMillis;
    }

    public String slowestServerUrl() {
        return slowestServerUrl;
    }

    /** The slowest server response any browser of this test run saw, and its address. */
    public static synchronized String slowestOfAll() {
        return String.format(
                java.util.Locale.ROOT, "%.1f ms, %s", slowestOfAllMillis, slowestOfAllUrl);
    }

    /**
     * The server's part of every request to this application not looked at before: from sending the
     * request to the first byte of the answer (Resource Timing), the largest kept.
     */
    @SuppressWarnings("unchecked")
    private void noteTimings() {
        List<Map<String, Object>> entries =
                (List<Map<String, Object>>)
                        driver.executeScript(
                                "performance.setResourceTimingBufferSize(100000);"
                                        + " const since = window.__samverkanSeen || -1;"
                                        + " const all = performance.getEntriesByType('navigation')"
                                        + ".concat(performance.getEntriesByType('resource'));"
                                        + " window.__samverkanSeen = Math.max(since, ...all.map(e => e.startTime));"
                                        + " return all.filter(e => e.startTime > since"
                                        + " && e.name.startsWith(arguments[0]) && e.responseStart > 0)"
                                        + ".map(e => ({url: e.name, ms: e.responseStart - e.requestStart}));",
                                BASE);
        for (Map<String, Object> entry : entries) {
            double ms = ((Number) entry.get("ms")).doubleValue();
            if (ms > slowestServerMillis) {
                slowestServerMillis = ms;
                slowestServerUrl = (String) entry.get("url");
            }
            synchronized (Browser.class) {
                if (ms > slowestOfAllMillis) {
                    slowestOfAllMillis = ms;
                    slowestOfAllUrl = (String) entry.get("url");
                }
            }
        }
    }

    /** Bytes of this document and everything it loaded: over the wire, and as content. */
    @SuppressWarnings("unchecked")
    public Map<String, Number> weight() {
        return (Map<String, Number>)
                driver.executeScript(
                        "const all = performance.getEntriesByType('navigation')"
                                + ".concat(performance.getEntriesByType('resource'));"
                                + " return {transferred: all.reduce((s, e) => s + e.transferSize, 0),"
                                + " content: all.reduce((s, e) => s + e.encodedBodySize, 0),"
                                + " requests: all.length};");
    }

    /** axe-core on the page as it stands: no violation of a WCAG 2.1 A or AA rule. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertEquals(
                "",
                violations.stream()
                        .map(
                                v ->
                                        v.getId()
                                                + ": "
                                                + v.getHelp()
                                                + " "
                                                + v.getNodes().stream()
                                                        .map(n -> String.valueOf(n.getTarget()))
                                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")),
                page + ": axe-core found WCAG 2.1 A/AA violations");
    }

    /**
     * WCAG 1.4.10 (reflow): at {@code width} px nothing makes the page scroll sideways and nothing
     * sticks out past its right edge, other than inside a table's own scrolling wrapper; what the
     * page folds away ({@code details}) is opened for the check, as a person would open it.
     */
    public void assertReflows(String page, int width) {
        @SuppressWarnings("unchecked")
        Map<String, Object> found =
                (Map<String, Object>)
                        driver.executeScript(
                                "const closed = [...document.querySelectorAll('details:not([open])')];"
                                        + " closed.forEach(d => d.open = true);"
                                        + " const w = document.documentElement.clientWidth;"
                                        + " const out = [...document.querySelectorAll('body *')]"
                                        + "   .filter(e => !e.closest('.table-wrap, .visually-hidden'))"
                                        + "   .filter(e => e.checkVisibility())"
                                        + "   .filter(e => { const r = e.getBoundingClientRect();"
                                        + "     return r.width > 0 && r.right > w + 1; })"
                                        + "   .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                                        + "     + ' \\'' + (e.textContent || '').trim().slice(0, 40) + '\\'');"
                                        + " const scroll = document.documentElement.scrollWidth;"
                                        + " closed.forEach(d => d.open = false);"
                                        + " return { scroll: scroll, width: w,"
                                        + "   out: out.slice(0, 5).join('; ') };");
        long scroll = ((Number) found.get("scroll")).longValue();
        long shown = ((Number) found.get("width")).longValue();
        assertEquals(
                "",
                found.get("out"),
                page + " at " + width + " px: these stick out past the right edge");
        assertTrue(
                scroll <= shown,
                page + " at " + width + " px scrolls sideways: " + scroll + " > " + shown);
    }

    /**
     * The page at phone width (360 px) and desktop width (1280 px): axe-core at each width, and a
     * full-length screenshot of each under {@code directory}; and at 320 px, the width WCAG's
     * reflow criterion names, that nothing scrolls sideways ({@link #assertReflows}).
     */
    public void checkAndPhotograph(String page, Path directory) throws IOException {
        Files.createDirectories(directory);
        emulate(320);
        assertReflows(page, 320);
        for (var width : Map.of("phone", 360, "desktop", 1280).entrySet()) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            width.getValue(),
                            "height",
                            width.getValue() == 360 ? 780 : 900,
                            "deviceScaleFactor",
                            1,
                            "mobile",
                            width.getValue() == 360));
            assertAccessible(page + " (" + width.getKey() + ")");
            Map<String, Object> shot =
                    driver.executeCdpCommand(
                            "Page.captureScreenshot",
                            Map.of("format", "png", "captureBeyondViewport", true));
            Files.write(
                    directory.resolve(page + "-" + width.getKey() + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The page as a phone of {@code width} CSS px shows it. */
    public void emulate(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 720, "deviceScaleFactor", 1, "mobile", true));
    }

    @Override
    public void close() throws IOException {
        try {
            noteTimings();
        } catch (RuntimeException pageGone) {
            // the page may be between documents; its timings are then lost, not wrong
        }
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
