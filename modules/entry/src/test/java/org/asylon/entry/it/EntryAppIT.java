package org.asylon.entry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The border screens in headless Chromium, as an officer at a counter uses them: a registration
 * from an MRZ typed as a keyboard-emulating reader types it (in English, then in Arabic, right to
 * left), a boat group, the non-refoulement refusal as the officer reads it, the screening list and
 * form, a supervisor's revision, and a shift worked offline — the network cut, registrations and
 * changes made, the browser closed and opened again, the line restored: everything arrives once,
 * and a change someone else overtook is laid out field by field for the officer's choice. axe-core
 * checks every screen; screenshots are kept in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntryAppIT {

    private static Browser browser;
    private static String crossingPoint;
    private static String protectedPerson;

    @ArquillianResource URL base;

    Api officer;
    Api supervisor;
    String app;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "entry.war")
                .importFrom(new File(System.getProperty("entry.war", "target/entry.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(
                Browser.available(),
                "Chromium and ChromeDriver are not installed (.ci/run installs them): skipped");
        String root = "http://127.0.0.1:" + base.getPort() + "/entry";
        app = root + "/app/";
        officer = new Api(root + "/api/v1", "border.officer");
        supervisor = officer.as("border.supervisor");
        if (browser == null) {
            browser = Browser.start();
        }
        if (crossingPoint == null) {
            crossingPoint =
                    supervisor
                            .create("crossing-points", Bodies.crossingPoint("Browser test post"))
                            .json()
                            .getString("id");
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void assertAccessible(String screen) throws IOException {
        List<String> violations = browser.accessibilityViolations("entry-" + screen);
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

    private void go(String hash) {
        browser.go(hash);
    }

    private WebElement named(String name) {
        return browser.waitFor(By.cssSelector("main [name='" + name + "']"));
    }

    private String activeName() {
        return (String) browser.script("return document.activeElement.name || '';");
    }

    private List<JsonValue> encountersHere() {
        return officer.get("encounters?crossingPointId=" + crossingPoint + "&limit=200").array();
    }

    private long registered(String surname) {
        return encountersHere().stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getJsonObject("person"))
                .filter(
                        p ->
                                surname.equalsIgnoreCase(p.getString("documentSurname", ""))
                                        || surname.equalsIgnoreCase(
                                                p.getString("statedSurname", "")))
                .count();
    }

    private JsonObject encounterOf(String surname) {
        return encountersHere().stream()
                .map(JsonValue::asJsonObject)
                .filter(
                        e ->
                                surname.equalsIgnoreCase(
                                        e.getJsonObject("person").getString("documentSurname", "")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not registered: " + surname));
    }

    @Test
    @Order(1)
    void registersAPersonAtTheCounterFromAnMrzTypedAsAReaderTypesIt() throws Exception {
        browser.open(app);
        // the console is read: an error thrown on purpose is seen (so "no script errors" means
        // something)
        browser.script("setTimeout(() => { throw new Error('console probe'); })");
        browser.until(
                "the probe in the console",
                () -> browser.scriptErrors().stream().anyMatch(e -> e.contains("console probe")));
        assertAccessible("sign-in");
        browser.signIn("border.officer");
        choose(By.id("crossing-point"), crossingPoint);
        browser.script("location.reload()");
        browser.waitFor(By.id("sign-out"));
        assertAccessible("counter");
        reportFirstLoad();

        String mrz = Mrz.td3("SYR", "HADDAD", "LAYLA", "N0417723", "SYR", "900114", 'F', "310101");
        WebElement box = named("mrz");
        long started = System.nanoTime();
        box.sendKeys(mrz + "\n"); // the reader types both lines and a last Enter
        browser.waitFor(By.cssSelector(".check-digits"));
        assertEquals(
                0,
                browser.driver().findElements(By.cssSelector(".check-digits tr.bad")).size(),
                "every check digit passes");
        assertEquals("HADDAD", named("surname").getAttribute("value"));
        assertEquals("1990-01-14", named("dateOfBirth").getAttribute("value"));
        assertEquals(
                "protectionAsked", activeName(), "the cursor waits on the protection question");
        int officerKeys = 0;
        browser.driver().switchTo().activeElement().sendKeys(Keys.SPACE); // yes, asked
        officerKeys++;
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER); // register
        officerKeys++;
        browser.waitForText(By.id("notice"), "Registered");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "FIGURE counter: MRZ scan to saved registration in %.2f s, %d reader characters"
                        + " (2 lines + Enter) and %d officer keystrokes%n",
                seconds, mrz.length() + 1, officerKeys);

        JsonObject encounter = encounterOf("HADDAD");
        assertTrue(encounter.containsKey("protectionRequestedAt"), encounter::toString);
        assertTrue(encounter.getJsonArray("documents").getJsonObject(0).getBoolean("mrzValid"));
        protectedPerson = encounter.getString("id");
        browser.waitFor(By.cssSelector("tr[data-encounter='" + protectedPerson + "']"));
        assertAccessible("counter-registered");
    }

    /** What the app's first load weighs: every file fetched for it, as sent and compressed. */
    private void reportFirstLoad() throws IOException, InterruptedException {
        @SuppressWarnings("unchecked")
        List<String> urls =
                (List<String>)
                        browser.script(
                                "return [location.href.split('#')[0]].concat(performance"
                                        + ".getEntriesByType('resource').map(e => e.name)"
                                        + ".filter(n => n.includes('/app/')))");
        HttpClient http = HttpClient.newHttpClient();
        long raw = 0;
        long compressed = 0;
        for (String url : urls.stream().distinct().toList()) {
            byte[] body =
                    http.send(
                                    HttpRequest.newBuilder(URI.create(url)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray())
                            .body();
            raw += body.length;
            ByteArrayOutputStream gzip = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
                out.write(body);
            }
            compressed += gzip.size();
        }
        System.out.printf(
                "FIGURE first load: %d files, %d bytes as served, %d bytes gzip-compressed%n",
                urls.stream().distinct().count(), raw, compressed);
        assertTrue(compressed < 200_000, "first load under 200 KB compressed: " + compressed);
    }

    @Test
    @Order(2)
    void registersInArabicRightToLeftWithTheOcrRepairConfirmed() throws Exception {
        go("#/counter");
        choose(By.id("language"), "ar");
        browser.until(
                "right to left",
                () -> browser.script("return document.documentElement.dir === 'rtl'"));
        assertEquals("ar", browser.script("return document.documentElement.lang"));
        assertEquals(
                "rtl",
                browser.script(
                        "return getComputedStyle(document.querySelector('main')).direction"));
        // the reader took the 0 of the birth date for a letter O: repaired, shown, to be confirmed
        String mrz = Mrz.td3("SYR", "KHOURY", "OMAR", "N0533410", "SYR", "850302", 'M', "300505");
        String misread = mrz.substring(0, 45 + 13) + "8O0302" + mrz.substring(45 + 19);
        named("mrz").sendKeys(misread.replace("8O0302", "85O302") + "\n");
        browser.waitFor(By.cssSelector(".repairs"));
        named("originalScriptName").sendKeys("عمر الخوري");
        browser.driver()
                .findElement(By.cssSelector("main input[name='protectionAsked'][value='no']"))
                .click();
        browser.driver().findElement(By.id("register")).click();
        browser.waitFor(By.id("repairs-error"));
        assertTrue(
                browser.driver().findElement(By.id("repairs-error")).getText().length() > 0,
                "saving waits for the repair to be confirmed");
        browser.driver().findElement(By.id("repairs-confirmed")).click();
        assertAccessible("counter-arabic");
        browser.driver().findElement(By.id("register")).click();
        browser.until("registered", () -> registered("KHOURY") == 1);
        browser.waitFor(By.cssSelector(".original-script"));
        assertAccessible("counter-arabic-registered");
        choose(By.id("language"), "en");
        browser.until(
                "left to right",
                () -> browser.script("return document.documentElement.dir === 'ltr'"));
    }

    @Test
    @Order(3)
    void showsWhoMayAlreadyBeKnownBeforeSaving() throws Exception {
        go("#/counter");
        named("surname").sendKeys("Hadad"); // another transliteration of the name registered above
        named("givenNames").sendKeys("Laila");
        named("dateOfBirth").sendKeys("1990-01");
        named("nationality").sendKeys("SYR");
        WebElement hit = browser.waitFor(By.cssSelector(".known-hit"));
        assertTrue(hit.getText().contains("HADDAD"), hit.getText());
        assertAccessible("counter-already-known");
        assertEquals(1, registered("HADDAD"), "nothing is saved by a search");
    }

    @Test
    @Order(4)
    void showsTheNonRefoulementRefusalAsTheRuleAndItsBasis() throws Exception {
        Assumptions.assumeTrue(protectedPerson != null, "the counter test registered no one");
        go("#/encounter/" + protectedPerson);
        choose(By.cssSelector("form.decision [name='outcome']"), "REFUSED_ENTRY");
        WebElement ground = named("refusalGround");
        browser.script(
                "arguments[0].selectedIndex = 1; arguments[0].dispatchEvent(new Event('change'))",
                ground);
        browser.driver().findElement(By.id("decide")).click();
        WebElement refusal = browser.waitFor(By.cssSelector(".rule-refusal"));
        assertEquals("entry.non-refoulement", refusal.getAttribute("data-rule"));
        assertTrue(refusal.getText().contains("Entry cannot be refused"), refusal.getText());
        assertTrue(
                browser.driver().findElement(By.cssSelector(".rule-basis")).getText().length() > 20,
                "the legal basis is shown");
        assertAccessible("non-refoulement-refusal");
        assertEquals(
                JsonValue.ValueType.NULL,
                officer.get("encounters/" + protectedPerson)
                        .json()
                        .getOrDefault("outcome", JsonValue.NULL)
                        .getValueType(),
                "nothing was decided");
    }

    @Test
    @Order(5)
    void registersABoatMemberByMemberWithTheRescueOnce() throws Exception {
        go("#/groups");
        named("label").sendKeys("Browser boat 7 December");
        named("vessel").sendKeys("Ocean Rescuer");
        named("rescued").clear();
        named("rescued").sendKeys("2");
        named("surname").sendKeys("Tesfay");
        named("dateOfBirth").sendKeys("1998");
        named("nationality").sendKeys("ERI");
        browser.driver()
                .findElement(By.cssSelector("main input[name='protectionAsked'][value='yes']"))
                .click();
        named("role").sendKeys("passenger");
        browser.driver().findElement(By.id("add-member")).click();
        browser.waitForText(By.cssSelector("ol.members"), "Tesfay");
        named("surname").sendKeys("Tesfay");
        named("givenNames").sendKeys("Selam");
        named("dateOfBirth").sendKeys("2011");
        browser.driver()
                .findElement(By.cssSelector("main input[name='protectionAsked'][value='no']"))
                .click();
        browser.driver()
                .findElement(By.cssSelector("main input[name='unaccompaniedChild'][value='yes']"))
                .click();
        assertAccessible("group-form");
        browser.driver().findElement(By.id("add-member")).click();
        browser.waitForText(By.cssSelector("ol.members"), "Selam");
        browser.driver().findElement(By.id("register-group")).click();
        WebElement members = browser.waitFor(By.cssSelector("table.encounters"));
        browser.until(
                "two members", () -> members.findElements(By.cssSelector("tbody tr")).size() == 2);
        assertTrue(members.getText().contains("Asked for protection"), members.getText());
        assertTrue(members.getText().contains("Child alone"), members.getText());
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector("main"))
                        .getText()
                        .contains("Ocean Rescuer"));
        assertAccessible("group");
    }

    @Test
    @Order(6)
    void listsTheOpenScreeningsAndFillsOneInWithItsClock() throws Exception {
        go("#/screening");
        WebElement first = browser.waitFor(By.cssSelector("main tbody tr a"));
        assertAccessible("screening-list");
        first.click();
        browser.waitFor(By.cssSelector(".clock"));
        named("healthCheckResult").sendKeys("No visible health problem");
        assertAccessible("screening-form");
        browser.driver()
                .findElement(By.cssSelector("form.screening-form button[type=submit]"))
                .click();
        browser.waitForText(By.id("notice"), "Saved");
    }

    @Test
    @Order(7)
    void aSupervisorRevisesAnOutcomeWithReasons() throws Exception {
        String id =
                officer.create("encounters", Bodies.encounter("Rahimi", false, false))
                        .json()
                        .getString("id");
        Api.Reply read = officer.get("encounters/" + id);
        officer.put(
                "encounters/" + id + "/outcome",
                "{\"outcome\":\"ADMITTED\"}",
                "If-Match",
                read.header("ETag"));
        browser.driver().findElement(By.id("sign-out")).click();
        browser.signIn("border.supervisor");
        go("#/encounter/" + id);
        choose(By.cssSelector("form.revision [name='outcome']"), "REFERRED_TO_RECEPTION");
        named("reasons").sendKeys("He asked for reception support after the decision.");
        assertAccessible("revision");
        browser.driver().findElement(By.cssSelector("form.revision button[type=submit]")).click();
        browser.waitForText(By.cssSelector("main"), "Revised from");
        assertEquals(
                "REFERRED_TO_RECEPTION",
                officer.get("encounters/" + id).json().getJsonObject("outcome").getString("kind"));
        browser.driver().findElement(By.id("sign-out")).click();
        browser.signIn("border.officer");
    }

    @Test
    @Order(8)
    void aShiftWorkedOfflineArrivesOnceAndAConflictWaitsForTheOfficersChoice() throws Exception {
        // someone registered earlier, whom an offline registration will turn out to match
        officer.create("encounters", Bodies.encounter("Nouri", false, false));
        String forOutcome =
                officer.create("encounters", Bodies.encounter("Sahebi", false, false))
                        .json()
                        .getString("id");
        String forScreening =
                officer.create("encounters", Bodies.encounter("Wardak", false, false))
                        .json()
                        .getString("id");
        // read while the line is up: the browser keeps a copy of each
        go("#/encounter/" + forOutcome);
        browser.waitFor(By.cssSelector("form.decision"));
        go("#/screening/" + forScreening);
        browser.waitFor(By.cssSelector("form.screening-form"));

        browser.online(false);
        browser.waitForText(By.id("network"), "Offline");
        go("#/counter");
        for (String surname : List.of("Amiri", "Karimi", "Nouri")) {
            named("surname").sendKeys(surname);
            named("givenNames").sendKeys("Mohammed");
            named("dateOfBirth").sendKeys("1990-05");
            named("nationality").sendKeys("SYR");
            browser.driver()
                    .findElement(By.cssSelector("main input[name='protectionAsked'][value='no']"))
                    .click();
            browser.driver().findElement(By.id("register")).click();
            browser.waitForText(By.id("notice"), surname);
            browser.waitFor(By.cssSelector("main [name='mrz']"));
        }
        go("#/encounter/" + forOutcome);
        browser.waitFor(By.cssSelector(".offline-copy"));
        choose(By.cssSelector("form.decision [name='outcome']"), "REFERRED_TO_RECEPTION");
        browser.driver().findElement(By.id("decide")).click();
        browser.waitForText(By.id("notice"), "sent when the line returns");
        go("#/screening/" + forScreening);
        browser.waitFor(By.cssSelector(".offline-copy"));
        named("healthCheckResult").sendKeys("Fit to travel");
        browser.driver()
                .findElement(By.cssSelector("form.screening-form button[type=submit]"))
                .click();
        browser.waitForText(By.id("notice"), "sent when the line returns");
        browser.waitForText(By.id("queue-count"), "5 waiting");
        assertEquals(0, registered("Amiri"), "nothing reached the server while offline");

        // meanwhile a colleague fills in the same screening form
        Api.Reply current = supervisor.get("encounters/" + forScreening);
        assertEquals(
                200,
                supervisor
                        .put(
                                "encounters/" + forScreening + "/screening",
                                "{\"healthCheckResult\":\"Referred to the doctor\"}",
                                "If-Match",
                                current.header("ETag"))
                        .status());

        browser.restart(); // the browser closed at the post, still offline
        browser.online(false);
        browser.open(app);
        // offline, the last officer's session is unlocked only with their password, checked here
        assertEquals("border.officer", browser.waitFor(By.id("user")).getAttribute("value"));
        browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
        browser.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        browser.waitForText(By.id("sign-in-error"), "wrong password");
        browser.signIn("border.officer");
        browser.waitForText(By.id("network"), "Offline");
        browser.waitForText(By.id("queue-count"), "5 waiting");
        assertEquals(
                Boolean.TRUE,
                browser.script("return !!navigator.serviceWorker.controller"),
                "the app opened from the service worker's copy");
        assertAccessible("offline-after-restart");

        browser.online(true); // the line returns; the session ended with the browser
        browser.waitFor(By.id("sign-in-waiting"));
        assertTrue(browser.driver().findElement(By.id("sign-in-waiting")).getText().contains("5"));
        browser.signIn("border.officer");
        browser.until("sent", () -> registered("Amiri") == 1 && registered("Karimi") == 1);
        go("#/outbox");
        WebElement conflict = browser.waitFor(By.cssSelector("form.conflict"));
        assertTrue(conflict.getText().contains("Fit to travel"), conflict.getText());
        assertTrue(conflict.getText().contains("Referred to the doctor"), conflict.getText());
        assertTrue(conflict.getText().contains("changed by someone else"), conflict.getText());
        browser.waitFor(By.cssSelector(".outbox-review"));
        assertAccessible("outbox-conflict");

        assertEquals(1, registered("Amiri"));
        assertEquals(1, registered("Karimi"));
        // the earlier Nouri (registered elsewhere) and this one stay two records: flagged, not
        // merged
        assertEquals(1, registered("Nouri"), "a match made offline is flagged, never merged");
        assertEquals(
                "REFERRED_TO_RECEPTION",
                officer.get("encounters/" + forOutcome)
                        .json()
                        .getJsonObject("outcome")
                        .getString("kind"));
        assertEquals(
                "Referred to the doctor",
                officer.get("encounters/" + forScreening)
                        .json()
                        .getJsonObject("screening")
                        .getString("healthCheckResult"),
                "no silent overwrite");

        // a field only the colleague changed starts on the colleague's value; the one both changed
        // has no default, and the officer keeps their own
        assertTrue(
                conflict.findElement(
                                By.cssSelector("tr[data-field='reason'] input[value='server']"))
                        .isSelected());
        assertTrue(
                !conflict.findElement(
                                        By.cssSelector(
                                                "tr[data-field='healthCheckResult'] input[value='mine']"))
                                .isSelected()
                        && !conflict.findElement(
                                        By.cssSelector(
                                                "tr[data-field='healthCheckResult'] input[value='server']"))
                                .isSelected());
        conflict.findElement(
                        By.cssSelector("tr[data-field='healthCheckResult'] input[value='mine']"))
                .click();
        conflict.findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(
                "the officer's choice sent",
                () ->
                        "Fit to travel"
                                .equals(
                                        officer.get("encounters/" + forScreening)
                                                .json()
                                                .getJsonObject("screening")
                                                .getString("healthCheckResult", "")));
        // the browser's own key sent again, as a retry after a lost answer would: replayed, not
        // doubled
        String kept =
                (String)
                        browser.asyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + " const open = indexedDB.open('asylon-entry');"
                                        + " open.onsuccess = () => {"
                                        + "   const all = open.result.transaction('outbox')"
                                        + "       .objectStore('outbox').getAll();"
                                        + "   all.onsuccess = () => done(JSON.stringify(all.result"
                                        + "       .filter(i => i.label === 'Amiri, Mohammed')));"
                                        + " };");
        JsonObject item;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(kept))) {
            item = reader.readArray().getJsonObject(0);
        }
        JsonObject replay =
                officer.post(
                                "encounters/batch",
                                "{\"items\":[{\"idempotencyKey\":\""
                                        + item.getString("idempotencyKey")
                                        + "\",\"encounter\":"
                                        + item.getJsonObject("body")
                                        + "}]}")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0);
        assertTrue(replay.getBoolean("replayed"), replay::toString);
        assertEquals(1, registered("Amiri"));
        assertEquals(1, registered("Karimi"));
        assertEquals(1, registered("Nouri"));
    }
}
