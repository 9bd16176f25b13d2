package org.asylon.capacity.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylon.kernel.http.Html;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The capacity module's contract, black-box against the built WAR on Payara Micro with no database:
 * the rights leaflets open to anyone, the self-assessment for planners only, every page with a
 * content security policy and {@code nosniff}, and none of the kernel's database-bound endpoints
 * served. One deployment serves every test (boots are costly).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapacityApiIT {

    @ArquillianResource URL base;

    Api anonymous;
    Api planner;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "capacity.war")
                .importFrom(new File(System.getProperty("capacity.war", "target/capacity.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        anonymous = new Api(api(), null);
        planner = anonymous.as("planner");
    }

    private String api() {
        return "http://127.0.0.1:" + base.getPort() + "/capacity/api/v1";
    }

    private static void assertPage(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
        assertEquals(Html.PAGE_POLICY, reply.header("Content-Security-Policy"));
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertTrue(reply.raw().body().startsWith("<!DOCTYPE html>"));
    }

    private static void assertProblem(Api.Reply reply, int status, String typeSuffix) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.json().getString("type").endsWith(typeSuffix), reply::toString);
        assertFalse(reply.raw().body().contains("org.asylon"), "no class names: " + reply);
    }

    @Test
    void anyoneReadsTheRightsLeafletsWithoutSigningIn() {
        Api.Reply index = anonymous.get("leaflets");
        assertPage(index);
        assertTrue(
                index.raw()
                        .body()
                        .contains("href=\"/capacity/api/v1/leaflets/ara/right-to-seek-asylum\""),
                "absolute links to every leaflet");

        Api.Reply arabic = anonymous.get("leaflets/ara/right-to-seek-asylum");
        assertPage(arabic);
        assertTrue(
                arabic.raw().body().contains("<html lang=\"ar\" dir=\"rtl\">"),
                "Arabic is laid out right to left");
        assertPage(anonymous.get("leaflets/fra"));

        // signed in, in any role, the same pages
        assertPage(anonymous.as("auditor").get("leaflets/eng/registration"));
        assertPage(anonymous.as("border.officer").get("leaflets"));

        assertProblem(anonymous.get("leaflets/xxx/right-to-seek-asylum"), 404, "not-found");
    }

    @Test
    void everyAnswerRefusesSniffingHidesTheServerAndNumbersTheRequestItself() {
        for (Api.Reply reply :
                List.of(
                        anonymous.send("GET", "leaflets", null, null, "X-Request-Id", "counter-7"),
                        anonymous.send(
                                "GET", "self-assessment", null, null, "X-Request-Id", "counter-7"),
                        anonymous.send(
                                "DELETE", "leaflets", null, null, "X-Request-Id", "counter-7"))) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply.toString());
            assertFalse(
                    String.valueOf(reply.header("Server")).contains("Payara"),
                    "Server: " + reply.header("Server"));
        }
        Api.Reply first =
                anonymous.send("GET", "leaflets", null, null, "X-Request-Id", "counter-7");
        Api.Reply second =
                anonymous.send("GET", "leaflets", null, null, "X-Request-Id", "counter-7");
        assertEquals(
                "counter-7",
                first.header("X-Client-Request-Id"),
                "the client's id comes back beside ours");
        assertNotEquals(
                first.header("X-Request-Id"),
                second.header("X-Request-Id"),
                "two requests, two ids");
        assertNotEquals("counter-7", first.header("X-Request-Id"));

        Api.Reply wrongMethod = anonymous.send("DELETE", "leaflets", null, null);
        assertProblem(wrongMethod, 405, "method-not-allowed");
        assertTrue(
                wrongMethod.header("Allow").contains("GET"),
                "Allow: " + wrongMethod.header("Allow"));
    }

    @Test
    void theSelfAssessmentIsForPlannersOnly() {
        Api.Reply signIn = anonymous.get("self-assessment");
        assertProblem(signIn, 401, "not-authenticated");
        assertNotNull(
                signIn.header("WWW-Authenticate"),
                () ->
                        "a challenge, so that a browser asks for a sign-in: "
                                + signIn
                                + " "
                                + signIn.raw().headers().map());
        assertProblem(anonymous.post("self-assessment", "{}"), 401, "not-authenticated");
        for (String wrongRole : List.of("auditor", "border.officer", "trainer")) {
            assertProblem(anonymous.as(wrongRole).get("self-assessment"), 403, "forbidden");
            assertProblem(anonymous.as(wrongRole).post("self-assessment", "{}"), 403, "forbidden");
        }
        assertPage(planner.get("self-assessment"));
    }

    @Test
    void aPlannerGetsTheReportForAnAnswerFileOrTheForm() throws IOException {
        String answers =
                Files.readString(Path.of("../../capacity-kit/self-assessment/sample-answers.json"));
        Api.Reply report = planner.post("self-assessment", answers);
        assertPage(report);
        assertTrue(report.raw().body().contains("<svg"), "coverage chart");
        assertTrue(
                report.raw().body().contains("non-convention-mandate"),
                "the profile to start from");
        assertProblem(
                planner.post(
                        "self-assessment", "{\"answers\":{\"99.9\":{\"answer\":\"in-place\"}}}"),
                422,
                "validation-failed");
        assertProblem(planner.post("self-assessment", "[]"), 422, "validation-failed");
        assertProblem(
                planner.send("POST", "self-assessment", "text/plain", "hello"),
                415,
                "unsupported-media-type");

        // what the browser form posts
        Api.Reply fromForm =
                planner.send(
                        "POST",
                        "self-assessment",
                        "application/x-www-form-urlencoded",
                        "state=Republic+of+Example&profile.party-1951=yes&profile.oau-1969=no&profile.cartagena-1984=no"
                                + "&profile.eu-member-state=yes&profile.rsd-conducted-by=national-authority&answers.3.1=in-place");
        assertPage(fromForm);
        assertTrue(
                fromForm.raw().body().contains("eu-pact-2026"),
                "an EU state starts from the EU profile");
        assertProblem(
                planner.send(
                        "POST",
                        "self-assessment",
                        "application/x-www-form-urlencoded",
                        "answers.42=in-place"),
                422,
                "validation-failed");
    }

    @Test
    void servesItsOwnContractAndNoneOfTheKernelsDatabaseEndpoints() throws IOException {
        Api.Reply document = anonymous.get("openapi.yaml");
        assertEquals(200, document.status(), document::toString);
        assertTrue(document.raw().body().contains("  /leaflets/{language}/{topic}:"));
        for (String kernelPath :
                List.of("events?after=0", "audit/verification", "deadlines/rules")) {
            assertProblem(anonymous.as("auditor").get(kernelPath), 404, "not-found");
        }
        // ready without a database: the kernel's start-up knows a stateless module
        Api health = new Api("http://127.0.0.1:" + base.getPort() + "/health", null);
        Api.Reply ready = health.get("ready");
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.raw().body().contains("\"capacity-database\""), ready::toString);
        assertTrue(ready.raw().body().contains("none (the module keeps no data)"), ready::toString);
    }

    @Test
    void aPlannerFillsInTheFormInABrowserAndAnyoneOpensAnArabicLeaflet() throws IOException {
        Assumptions.assumeTrue(Browser.available(), "Chromium and ChromeDriver are not installed");
        try (Browser session = Browser.start()) {
            ChromeDriver browser = session.driver();
            browser.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(15));
            String server = "http://127.0.0.1:" + base.getPort() + "/capacity/api/v1/";
            // nobody signed in: a leaflet is public
            browser.get(server + "leaflets/ara/right-to-seek-asylum");
            WebElement page = browser.findElement(By.tagName("html"));
            assertEquals("rtl", page.getAttribute("dir"));
            assertEquals("ar", page.getAttribute("lang"));
            session.screenshot("leaflet-ara");

            session.basicCredentials("planner");
            browser.get(server + "self-assessment");
            browser.findElement(By.name("state")).sendKeys("Republic of Example");
            for (String choice :
                    List.of(
                            "profile.party-1951=no",
                            "profile.oau-1969=no",
                            "profile.cartagena-1984=no",
                            "profile.eu-member-state=no",
                            "profile.rsd-conducted-by=unhcr",
                            "answers.3.1=in-place")) {
                String[] field = choice.split("=");
                browser.findElement(
                                By.cssSelector(
                                        "input[name='" + field[0] + "'][value='" + field[1] + "']"))
                        .click();
            }
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            browser.findElement(By.tagName("svg"));
            String report = browser.getPageSource();
            assertTrue(report.contains("Republic of Example"), "the report names the state");
            assertTrue(report.contains("non-convention-mandate"), "and the profile to start from");
            session.screenshot("self-assessment-report");
        }
    }
}
