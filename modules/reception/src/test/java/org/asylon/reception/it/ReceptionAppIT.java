package org.asylon.reception.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reception desk in headless Chromium, as an officer works it: a child who walked in alone and
 * asked for asylum is registered at the desk and goes to the top of the queue; the asylum referral
 * is shown fixed by its rule and basis while child protection is added, and a partner referral is
 * made with consent; an adult place is refused in plain words with the rule's legal basis, a child
 * place is given and the facility's occupancy shows it; a vulnerability assessment gives priority;
 * two adults form a household; a temporary document is issued and its print view hides the app; in
 * Arabic the page reads right to left. axe-core checks every screen (0 serious or critical);
 * screenshots are kept in {@code target/screenshots}. One deployment, one browser, one journey.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionAppIT {

    @ArquillianResource URL base;

    private Browser browser;
    private Api officer;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "reception.war")
                .importFrom(new File(System.getProperty("reception.war", "target/reception.war")))
                .as(WebArchive.class);
    }

    @Test
    void anArrivalIsReceivedReferredPlacedAssessedAndDocumentedInTheBrowser() throws Exception {
        Assumptions.assumeTrue(
                Browser.available(),
                "Chromium and ChromeDriver are not installed (.ci/run installs them): skipped");
        String root = "http://127.0.0.1:" + base.getPort() + "/reception";
        officer = new Api(root + "/api/v1", "reception.officer");
        String children =
                officer.create(
                                "facilities",
                                "{\"kind\":\"CHILD_FRIENDLY_SPACE\",\"name\":\"Browser test child space\","
                                        + "\"location\":\"Lesvos\",\"places\":{\"CHILD\":4}}")
                        .json()
                        .getString("id");
        String centre =
                officer.create(
                                "facilities",
                                "{\"kind\":\"RECEPTION_CENTRE\",\"name\":\"Browser test centre\","
                                        + "\"location\":\"Lesvos\",\"places\":{\"ADULT_MALE\":10,"
                                        + "\"ADULT_FEMALE\":10,\"FAMILY\":6}}")
                        .json()
                        .getString("id");
        officer.create(
                "partners",
                "{\"name\":\"Browser test partner\",\"purposes\":{\"FAMILY_TRACING\":[\"NAMES\","
                        + "\"DATE_OF_BIRTH\"]},\"users\":[\"partner.iom\"]}");
        String husband =
                officer.create(
                                "arrivals",
                                "{\"surname\":\"Karimi\",\"givenNames\":\"Reza\",\"sex\":\"M\"}")
                        .json()
                        .getString("id");
        String wife =
                officer.create(
                                "arrivals",
                                "{\"surname\":\"Karimi\",\"givenNames\":\"Sara\",\"sex\":\"F\"}")
                        .json()
                        .getString("id");

        try (Browser opened = Browser.start()) {
            browser = opened;
            browser.open(root + "/app/");
            assertAccessible("sign-in");
            browser.signIn("reception.officer");
            browser.waitFor(By.id("arrivals-queue"));
            assertAccessible("arrivals");

            String child = registerAChildAloneWhoAsksForAsylum();
            go("#/arrivals");
            WebElement first = browser.waitFor(By.cssSelector("#arrivals-queue tbody tr"));
            // children alone first (earlier runs' children may wait longer), adults after them
            assertTrue(first.getText().contains("Child alone"), first.getText());
            java.util.List<String> order =
                    browser
                            .driver()
                            .findElements(By.cssSelector("#arrivals-queue tbody tr"))
                            .stream()
                            .map(row -> row.getAttribute("data-arrival"))
                            .toList();
            assertTrue(order.contains(child), "the child is in the queue");
            assertTrue(
                    order.indexOf(child) < order.indexOf(husband)
                            && order.indexOf(child) < order.indexOf(wife),
                    "a child alone comes before adults: " + order);

            theAsylumReferralIsFixedAndChildProtectionIsAdded(child);
            aChildPlaceIsGivenAfterAnAdultPlaceIsRefusedInPlainWords(child, centre, children);
            anAssessmentGivesPriority(child);
            twoAdultsFormAHousehold(husband, wife);
            aDocumentIsIssuedAndPrinted(child);
            theQueueReadsRightToLeftInArabic();
        }
    }

    private String registerAChildAloneWhoAsksForAsylum() throws IOException {
        browser.waitFor(By.id("new-arrival")).click();
        browser.waitFor(By.id("arrival-new"));
        assertAccessible("arrival-new");
        browser.driver().findElement(By.id("asylumRequested-yes")).click();
        browser.driver().findElement(By.id("unaccompaniedChild-yes")).click();
        named("surname").sendKeys("Ahmadi");
        named("givenNames").sendKeys("Farid");
        named("originalScriptName").sendKeys("فرید احمدی");
        named("dateOfBirth").sendKeys("2011");
        named("nationalities").sendKeys("AFG");
        named("languages").sendKeys("prs");
        browser.driver().findElement(By.id("arrival-register")).click();
        browser.waitForText(By.id("notice"), "registered");
        browser.waitFor(By.id("details-title"));
        assertAccessible("arrival");
        String id = (String) browser.script("return location.hash.split('/')[2]");
        JsonObject arrival = officer.get("arrivals/" + id).json();
        assertTrue(arrival.getBoolean("unaccompaniedChild"));
        assertEquals("RECEPTION", arrival.getString("asylumRequestedWhere"));
        return id;
    }

    private void theAsylumReferralIsFixedAndChildProtectionIsAdded(String child)
            throws IOException {
        go("#/referrals/" + child);
        WebElement fixed = browser.waitFor(By.id("asylum-fixed"));
        assertTrue(
                fixed.getText().contains("10-Point Plan"), "the rule's basis: " + fixed.getText());
        WebElement asylum =
                browser.driver()
                        .findElement(
                                By.cssSelector("input[name=channels][value=ASYLUM_PROCEDURE]"));
        assertTrue(
                asylum.isSelected() && !asylum.isEnabled(),
                "the asylum referral cannot be unticked");
        browser.driver()
                .findElement(By.cssSelector("input[name=channels][value=CHILD_PROTECTION]"))
                .click();
        named("reason").sendKeys("best-interests procedure");
        browser.driver().findElement(By.id("referral-submit")).click();
        browser.waitFor(By.cssSelector("#referrals-decided tr[data-channel=CHILD_PROTECTION]"));

        browser.waitFor(By.id("partner-referral"));
        browser.driver().findElement(By.id("consent-given")).click();
        browser.driver().findElement(By.id("partner-submit")).click();
        browser.waitFor(By.id("partner-referrals-list"));
        assertAccessible("referrals");
        assertEquals(
                List.of("ASYLUM_PROCEDURE", "CHILD_PROTECTION"),
                officer.get("arrivals/" + child).json().getJsonArray("referrals").stream()
                        .map(r -> r.asJsonObject().getString("channel"))
                        .toList());
    }

    private void aChildPlaceIsGivenAfterAnAdultPlaceIsRefusedInPlainWords(
            String child, String centre, String children) throws IOException {
        go("#/accommodation/" + child);
        browser.waitFor(By.id("placement-form"));
        choose(By.id("facility"), centre);
        choose(By.id("place-type"), "ADULT_MALE");
        browser.driver().findElement(By.id("placement-submit")).click();
        WebElement refusal = browser.waitFor(By.cssSelector("#placement-outcome .rule-refusal"));
        assertEquals(
                "reception.accommodation.child-appropriate-place",
                refusal.getAttribute("data-rule"));
        assertTrue(
                refusal.findElement(By.cssSelector(".rule-plain"))
                        .getText()
                        .startsWith("A child alone may only have a child place"),
                "the rule in plain words: " + refusal.getText());
        assertTrue(
                refusal.findElement(By.cssSelector(".rule-basis"))
                        .getText()
                        .contains("Rights of the Child"),
                "its legal basis: " + refusal.getText());
        assertAccessible("accommodation-refused");

        choose(By.id("facility"), children);
        choose(By.id("place-type"), "CHILD");
        browser.driver().findElement(By.id("placement-submit")).click();
        browser.waitForText(By.id("current-place"), "Browser test child space");
        browser.waitForText(
                By.cssSelector("[data-facility='" + children + "'] .occupancy-figure"),
                "1 of 4 places taken");
        assertAccessible("accommodation");
        assertEquals(
                children,
                officer.get("arrivals/" + child + "/allocation").json().getString("facilityId"));
    }

    private void anAssessmentGivesPriority(String child) throws IOException {
        go("#/vulnerability/" + child);
        choose(By.id("need-0"), "SC-UC");
        named("needs[0].note").sendKeys("travelling alone; an uncle in Izmir");
        browser.waitForText(By.id("priority-preview"), "priority");
        browser.driver().findElement(By.id("assessment-submit")).click();
        browser.waitFor(By.cssSelector("#assessments li.card"));
        assertAccessible("vulnerability");
        JsonValue recorded =
                officer.get("arrivals/" + child + "/vulnerability-assessments").array().get(0);
        assertEquals("PRIORITY", recorded.asJsonObject().getString("priority"));
    }

    private void twoAdultsFormAHousehold(String husband, String wife) throws IOException {
        go("#/arrival/" + husband);
        browser.waitFor(By.id("household-create"));
        browser.driver().findElement(By.id("household-add-row")).click();
        choose(By.id("member-0"), wife);
        choose(By.id("member-0-relationship"), "SPOUSE");
        browser.driver().findElement(By.id("household-create-submit")).click();
        browser.waitFor(By.cssSelector("[data-household] tr[data-member='" + wife + "']"));
        assertAccessible("household");
        JsonObject group = officer.get("households?arrivalId=" + wife).array().getJsonObject(0);
        assertEquals(husband, group.getString("focalPoint"));
    }

    private void aDocumentIsIssuedAndPrinted(String child) throws IOException {
        go("#/document/" + child);
        browser.waitFor(By.id("issue-document")).click();
        WebElement paper = browser.waitFor(By.id("print-document"));
        String number =
                officer.get("arrivals/" + child + "/documents")
                        .array()
                        .getJsonObject(0)
                        .getString("number");
        assertTrue(paper.getText().contains(number), paper.getText());
        assertTrue(browser.waitFor(By.id("print")).isDisplayed());
        assertAccessible("document");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(
                    "none",
                    browser.script(
                            "return getComputedStyle(document.querySelector('header.shell')).display"),
                    "printing shows the paper, not the app around it");
            assertTrue(browser.driver().findElement(By.cssSelector(".paper")).isDisplayed());
            browser.screenshot("reception-document-print");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private void theQueueReadsRightToLeftInArabic() throws IOException {
        go("#/arrivals");
        browser.waitFor(By.id("arrivals-queue"));
        choose(By.id("language"), "ar");
        browser.until(
                "right to left",
                () -> browser.script("return document.documentElement.dir === 'rtl'"));
        browser.waitFor(By.id("arrivals-queue"));
        assertEquals(
                "rtl",
                browser.script(
                        "return getComputedStyle(document.querySelector('main')).direction"));
        assertAccessible("arrivals-arabic");
        choose(By.id("language"), "en");
        browser.until(
                "left to right",
                () -> browser.script("return document.documentElement.dir === 'ltr'"));
    }

    private void assertAccessible(String screen) throws IOException {
        List<String> violations = browser.accessibilityViolations("reception-" + screen);
        assertTrue(violations.isEmpty(), screen + ": " + String.join("\n", violations));
        List<String> errors = browser.scriptErrors();
        assertTrue(errors.isEmpty(), screen + ", script errors: " + String.join("\n", errors));
    }

    private void go(String hash) {
        browser.go(hash);
    }

    private WebElement named(String name) {
        return browser.waitFor(By.cssSelector("main [name='" + name + "']"));
    }

    private void choose(By select, String value) {
        browser.script(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.waitFor(select),
                value);
    }
}
