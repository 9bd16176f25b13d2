package org.asylon.kernel.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven by its ChromeDriver, as an officer uses the web app: signs in
 * through the app's own form, cuts and restores the network the way DevTools does, is closed and
 * started again on the same profile (its IndexedDB, its service worker), checks each screen with
 * axe-core and keeps a screenshot of it under {@code target/screenshots}. {@code .ci/run} installs
 * Chromium; a test without it is skipped and says so.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private final Path profile;
    private ChromeDriver driver;

    private Browser(Path profile) {
        this.profile = profile;
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /** A browser on a new profile of its own. */
    public static Browser start() throws IOException {
        Browser browser =
                new Browser(
                        Files.createTempDirectory(
                                Path.of(System.getProperty("java.io.tmpdir")), "chromium"));
        browser.launch();
        return browser;
    }

    private void launch() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no background networking: this machine reaches no host but the test server
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
                "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        // the console, to catch script errors and content-security-policy refusals
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /**
     * Closes the browser as an officer would (everything in memory gone, the session cookie with
     * it) and starts it again on the same profile: what IndexedDB and the service worker kept is
     * all that is left.
     */
    public void restart() {
        driver.quit();
        launch();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Signs in through the app's sign-in form (demo password) and waits for the app's header. */
    public void signIn(String user) {
        WebElement name = waitFor(By.id("user"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        waitFor(By.id("sign-out"));
    }

    /**
     * Sends HTTP Basic credentials of a demo user with every request (Chromium no longer takes them
     * from the address, and a headless one shows no sign-in dialog): for pages the modules render
     * themselves, which sign in the API's way.
     */
    public void basicCredentials(String user) {
        String credentials =
                Base64.getEncoder()
                        .encodeToString(
                                (user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + credentials)));
    }

    /**
     * Moves the web app to the screen {@code hash} names ({@code #/counter}) and waits until that
     * screen is the one shown (the shell marks {@code main} with the address it shows), so that no
     * element of the screen before is taken for one of the new.
     */
    public void go(String hash) {
        script("location.hash = arguments[0];", hash);
        until(
                "the screen " + hash,
                () ->
                        script(
                                "const main = document.getElementById('main');"
                                        + " return !!main && main.dataset.route === arguments[0];",
                                hash));
    }

    /** The element once it is displayed (20 s at most). */
    public WebElement waitFor(By locator) {
        return until(
                "visible " + locator,
                () -> {
                    WebElement element = driver.findElement(locator);
                    return element.isDisplayed() ? element : null;
                });
    }

    /** The element once its text contains {@code text} (20 s at most). */
    public WebElement waitForText(By locator, String text) {
        return until(
                "'" + text + "' in " + locator,
                () -> {
                    WebElement element = driver.findElement(locator);
                    return element.getText().contains(text) ? element : null;
                });
    }

    /** Polls {@code condition} until it answers something other than null or false. */
    public <T> T until(String what, Supplier<T> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited 20 s for " + what + " on " + driver.getCurrentUrl(), last);
    }

    /** Cuts or restores the network as DevTools' "Offline" does (navigator.onLine follows). */
    public void online(boolean online) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of(
                        "offline", !online,
                        "latency", 0,
                        "downloadThroughput", -1,
                        "uploadThroughput", -1));
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    public Object asyncScript(String javascript, Object... arguments) {
        return driver.executeAsyncScript(javascript, arguments);
    }

    /** Saves a screenshot of the page as build output ({@code target/screenshots/<name>.png}). */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.move(
                driver.getScreenshotAs(OutputType.FILE).toPath(),
                target,
                StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /**
     * axe-core's serious and critical violations on the page as it stands, each with the elements
     * it found them on (an empty list is a pass); the screenshot is kept either way.
     */
    public List<String> accessibilityViolations(String screen) throws IOException {
        screenshot(screen);
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact()
                + " "
                + rule.getId()
                + " ("
                + rule.getHelp()
                + ") on "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    /**
     * What the page's scripts wrote as errors since the last call: uncaught exceptions and refusals
     * by the content security policy. A resource that failed to load (a 401 before signing in, the
     * network cut on purpose) is the app working as meant, and left out.
     */
    public List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource"))
                .filter(message -> !message.contains("net::ERR_"))
                .toList();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
        }
    }
}
