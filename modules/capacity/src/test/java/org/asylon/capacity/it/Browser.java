package org.asylon.capacity.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.kernel.testing.Api;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its ChromeDriver, as a person at a counter would use the
 * pages. {@code .ci/run} installs both; without them the browser tests are skipped, and say so.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    /**
     * Signs the browser in as a demo user: every request it sends carries the Basic credentials
     * (Chromium no longer takes them from the address, and a headless one shows no sign-in dialog).
     */
    static void signIn(ChromeDriver browser, String user) {
        String credentials =
                java.util.Base64.getEncoder()
                        .encodeToString(
                                (user + ":" + Api.PASSWORD)
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        browser.executeCdpCommand("Network.enable", java.util.Map.of());
        browser.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                java.util.Map.of(
                        "headers", java.util.Map.of("Authorization", "Basic " + credentials)));
    }

    static ChromeDriver start() throws java.io.IOException {
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
                "--window-size=1100,1400",
                "--user-data-dir="
                        + Files.createTempDirectory(
                                Path.of(System.getProperty("java.io.tmpdir")), "chromium"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, options);
    }
}
