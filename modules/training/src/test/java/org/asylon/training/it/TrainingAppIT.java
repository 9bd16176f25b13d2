package org.asylon.training.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.Browser;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The trainer's screens in headless Chromium, on a training instance of the border module with the
 * runner beside it (the demo run of {@code border-boat-arrival} opened by the runner at start): the
 * trainer signs in, reads the exercises and the demo exercise's answer key, opens the demo run,
 * adds a trainee and sees the password once — on the slip, and nowhere in the browser's database —
 * then the trainee, with that password, works at the border and reads their own feedback. axe-core
 * checks every screen (0 serious or critical), the console shows no script error; screenshots are
 * kept in {@code target/screenshots}.
 *
 * <p>Process-based ({@code MicroProcess}): the runner reaches entry over HTTP, as in a real suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingAppIT {

    private static final Path ENTRY_WAR = Path.of(System.getProperty("entry.war"));
    private static final Path TRAINING_WAR = Path.of(System.getProperty("training.war"));
    private static final String EXERCISE = "border-boat-arrival";

    private static MicroProcess suite;
    private static Browser browser;
    private static Api trainer;
    private static String app;
    private static String demoRun;
    private static String account;
    private static String password;

    @BeforeAll
    static void startSuite() throws Exception {
        Assumptions.assumeTrue(
                Browser.available(),
                "Chromium and ChromeDriver are not installed (.ci/run installs them): skipped");
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "training");
        TrainerAccount.writeInto(data.resolve("training-users"));
        suite =
                new MicroProcess(
                                data,
                                "asylon.training.instance=true",
                                "asylon.profile=eu-pact-2026",
                                "asylon.training.users.file=" + data.resolve("training-users"))
                        .deploying("training", ENTRY_WAR, TRAINING_WAR);
        suite.start();
        trainer = new Api(suite.base(), TrainerAccount.NAME);
        app = suite.moduleUrl() + "/app/";
        browser = Browser.start();
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (suite != null) {
            suite.stop();
        }
    }

    private void assertAccessible(String screen) throws IOException {
        List<String> violations = browser.accessibilityViolations("training-" + screen);
        assertTrue(violations.isEmpty(), screen + ": " + String.join("\n", violations));
        List<String> errors = browser.scriptErrors();
        assertTrue(errors.isEmpty(), screen + ", script errors: " + String.join("\n", errors));
    }

    private void choose(By select, String value) {
        browser.script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.waitFor(select),
                value);
    }

    /** The demo run, opened in the background once entry is ready. */
    private static String demoRun() throws InterruptedException {
        return TrainingRunIT.poll(
                "the demo run",
                120,
                () ->
                        trainer.get("runs").array().stream()
                                .map(JsonValue::asJsonObject)
                                .filter(run -> EXERCISE.equals(run.getString("exercise")))
                                .filter(run -> "OPEN".equals(run.getString("state")))
                                .map(run -> run.getString("id"))
                                .findFirst()
                                .orElse(null));
    }

    @Test
    @Order(1)
    void theTrainerSignsInAndReadsTheExercisesAndTheDemoExercisesAnswerKey() throws IOException {
        browser.open(app);
        browser.waitFor(By.id("user"));
        assertAccessible("sign-in");
        browser.signIn(TrainerAccount.NAME);

        browser.go("#/exercises");
        WebElement row =
                browser.waitFor(By.cssSelector("#exercises tr[data-exercise='" + EXERCISE + "']"));
        assertTrue(row.getText().contains("eu-pact-2026"), row.getText());
        assertAccessible("exercises");

        browser.go("#/exercise/" + EXERCISE);
        browser.waitFor(By.cssSelector("#cast tbody tr"));
        assertFalse(browser.driver().findElements(By.cssSelector("#key tbody tr")).isEmpty());
        List<String> kinds =
                browser.driver().findElements(By.cssSelector("#critical [data-kind]")).stream()
                        .map(item -> item.getAttribute("data-kind"))
                        .toList();
        assertTrue(kinds.contains("REFOULEMENT"), "critical errors shown: " + kinds);
        assertAccessible("exercise");
    }

    @Test
    @Order(2)
    void theDemoRunIsReadyAndATraineeAddedThereGetsAPasswordShownOnceOnAPrintableSlip()
            throws Exception {
        demoRun = demoRun();
        browser.go("#/runs");
        browser.waitFor(By.cssSelector("#runs tr[data-run='" + demoRun + "'] a")).click();
        browser.until(
                "the demo run's screen",
                () -> browser.script("return location.hash;").equals("#/run/" + demoRun));
        browser.waitFor(By.id("trainee-add"));
        assertAccessible("run");

        browser.waitFor(By.id("trainee-name")).sendKeys("amina");
        choose(By.id("trainee-language"), "ar");
        browser.driver().findElement(By.id("trainee-add-submit")).click();
        WebElement secret = browser.waitFor(By.cssSelector(".slip [data-password]"));
        password = secret.getText().strip();
        account =
                browser.driver()
                        .findElement(By.cssSelector(".slip [data-account]"))
                        .getText()
                        .strip();
        assertTrue(account.matches("trainee\\.[0-9]+\\.amina"), account);
        assertTrue(password.length() >= 8, "a password is shown: " + password);
        assertEquals(
                Boolean.TRUE,
                browser.script("return document.activeElement.closest('.slip') !== null;"),
                "the cursor is on the new account's slip");
        browser.waitFor(By.cssSelector("#trainee-list tr[data-account='" + account + "']"));
        browser.waitFor(By.id("print-accounts"));
        assertAccessible("run-new-account");

        // the queue kept the runner's answer until the slip showed it: nothing of it is left
        Object kept =
                browser.asyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " const open = indexedDB.open('asylon-training');"
                                + " open.onsuccess = () => {"
                                + "   const all = open.result.transaction('outbox').objectStore('outbox').getAll();"
                                + "   all.onsuccess = () => done(JSON.stringify(all.result));"
                                + " };");
        assertFalse(String.valueOf(kept).contains(password), "the password stays out of IndexedDB");

        browser.driver().findElement(By.id("hide-accounts")).click();
        assertTrue(browser.driver().findElements(By.cssSelector(".slip")).isEmpty());
    }

    /** Entry's answer to the trainee's own credentials, or null until it is a 200. */
    private Integer borderAnswer() {
        String basic =
                Base64.getEncoder()
                        .encodeToString(
                                (account + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request =
                HttpRequest.newBuilder(
                                URI.create(suite.moduleUrl("entry") + "/api/v1/encounters?limit=1"))
                        .header("Authorization", "Basic " + basic)
                        .build();
        try {
            int status =
                    HttpClient.newHttpClient()
                            .send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
            return status == 200 ? status : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void theTraineesAccountWorksAtTheBorderAndTheScoresListThem() throws Exception {
        // every module re-reads the training users file within about a second
        int status =
                TrainingRunIT.poll("the trainee's account at the border", 10, this::borderAnswer);
        assertEquals(200, status);

        // still on the run's screen: the trainer works the scores out now, with the new trainee
        browser.go("#/run/" + demoRun);
        browser.waitFor(By.id("scores-refresh")).click();
        WebElement scores =
                browser.waitFor(By.cssSelector("#score-table tr[data-account='" + account + "']"));
        assertTrue(scores.getText().contains("amina"), scores.getText());
        assertAccessible("run-scores");
    }

    @Test
    @Order(4)
    void theTraineeReadsTheirOwnFeedbackInArabicOnceTheRunIsClosed() throws Exception {
        browser.driver().findElement(By.id("sign-out")).click();
        signInAsTheTrainee();
        choose(By.id("language"), "ar");
        browser.until("right to left", () -> "rtl".equals(browser.script("return document.dir;")));

        // while the exercise runs, feedback would give the answer key away
        browser.go("#/feedback");
        browser.waitFor(By.cssSelector("main [role=status]"));
        assertTrue(browser.driver().findElements(By.cssSelector(".scorecard")).isEmpty());
        assertAccessible("feedback-while-open");

        Api.Reply closed = trainer.post("runs/" + demoRun + "/close", "");
        assertEquals(200, closed.status(), closed.toString());
        // the trainee's open session ends with the run; signed in again, they hold the trainee
        // role alone, and read their card
        Thread.sleep(1_500); // the modules re-read the training users file
        browser.driver().navigate().refresh();
        signInAsTheTrainee();
        browser.go("#/feedback");
        WebElement card = browser.waitFor(By.cssSelector(".scorecard"));
        assertEquals(account, card.getAttribute("data-account"));
        List<String> screens =
                browser.driver().findElements(By.cssSelector("header nav a[data-screen]")).stream()
                        .map(link -> link.getAttribute("data-screen"))
                        .toList();
        assertFalse(screens.contains("runs"), "a trainee has no trainer's screen: " + screens);
        assertAccessible("feedback-arabic");
    }

    private void signInAsTheTrainee() {
        WebElement name = browser.waitFor(By.id("user"));
        name.clear();
        name.sendKeys(account);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        browser.waitFor(By.id("sign-out"));
    }
}
