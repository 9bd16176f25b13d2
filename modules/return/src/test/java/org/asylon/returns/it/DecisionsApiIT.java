package org.asylon.returns.it;

import static org.asylon.kernel.testing.ApiReading.assertProblem;
import static org.asylon.kernel.testing.ApiReading.awaitEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.testing.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Return decisions, appeals and alternative outcomes through the API, black-box against the built
 * WAR on Payara Micro (return alone, RSD's feed not followed, profile eu-pact-2026): a decision's
 * period, entry ban and country refused by rule and basis where the profile's rules are not met
 * (Return Directive Arts 7(4), 11(2), 3(3)); idempotent issue, one decision in force, the role
 * matrix; the notification starting the period with its end, If-Match, an extension for the
 * circumstances of Art 7(2); the gate hearing the decision (period running, an appeal whose
 * suspension awaits the ruling or was granted, an annulment, a feared country of return); the
 * departure confirmed through the gate with the desk's protection check, closing the case
 * DEPARTED_VOLUNTARILY, and refused by the gate without it; an alternative outcome replacing the
 * decision and closing the case; events that carry no reasons. One deployment; each test opens its
 * own cases, so the tests run in any order and on a database kept from earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionsApiIT {

    private static final ZoneId PROFILE_ZONE = ZoneId.of("Europe/Brussels"); // eu-pact-2026's
    private static final String REASONS = "Stays without a permit since the visa expired.";

    @ArquillianResource URL base;

    Api officer;
    Api operations;
    Api partner;
    Api feed;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "return.war")
                .importFrom(new File(System.getProperty("return.war", "target/return.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        officer =
                new Api("http://127.0.0.1:" + base.getPort() + "/return/api/v1", "return.officer");
        operations = officer.as("return.operations");
        partner = officer.as("partner.iom");
        feed = officer.as("feed.reader");
    }

    // ---- issuing: the profile's rules ----

    @Test
    void aDecisionOutsideTheProfilesRulesIsRefusedNamingTheRuleAndItsBasis() {
        String caseId = openCase();
        Api.Reply shortened =
                officer.create(
                        decisions(caseId),
                        decision("\"voluntaryDeparture\":{\"days\":3,\"reasons\":\"A flight.\"}"));
        assertRule(shortened, "return.voluntary-departure.shortening-grounds", "Art 7(4)");
        Api.Reply longBan =
                officer.create(
                        decisions(caseId),
                        decision("\"entryBan\":{\"duration\":\"P6Y\",\"reasons\":\"Overstay.\"}"));
        assertRule(longBan, "return.entry-ban.maximum", "Art 11(2)");
        Api.Reply transit =
                officer.create(
                        decisions(caseId),
                        "{\"groundCode\":\"illegal-stay\",\"reasons\":\""
                                + REASONS
                                + "\",\"countryOfReturn\":{\"country\":\"TUR\",\"basis\":\"TRANSIT\"}}");
        assertRule(transit, "return.country.transit", "Art 3(3)");
        Api.Reply unknown =
                officer.create(
                        decisions(caseId),
                        "{\"groundCode\":\"overstay\",\"reasons\":\""
                                + REASONS
                                + "\",\"countryOfReturn\":{\"country\":\"IRQ\",\"basis\":\"NATIONALITY\"}}");
        assertProblem(unknown, 422, "validation-failed");
        assertTrue(unknown.toString().contains("groundCode"), unknown::toString);
        assertEquals(0, officer.get(decisions(caseId)).array().size(), "nothing was issued");
    }

    @Test
    void aDecisionIsIssuedOnceWithTheProfilesPeriodAndOneIsInForceAtATime() {
        String caseId = openCase();
        String key = UUID.randomUUID().toString();
        String body = decision(null);
        Api.Reply issued = officer.post(decisions(caseId), body, "Idempotency-Key", key);
        assertEquals(201, issued.status(), issued::toString);
        JsonObject d = issued.json();
        assertTrue(issued.header("Location").endsWith("decisions/" + d.getString("id")));
        assertEquals("ISSUED", d.getString("status"));
        assertEquals("unconfirmed", d.getString("groundStatus"));
        assertTrue(d.getString("groundBasis").contains("Art 6(1)"));
        JsonObject period = d.getJsonObject("voluntaryDeparture");
        assertEquals("PROFILE_PERIOD", period.getString("kind"));
        assertEquals(30, period.getInt("totalDays"));
        assertTrue(period.getString("basis").contains("Art 7(1)"));

        Api.Reply again = officer.post(decisions(caseId), body, "Idempotency-Key", key);
        assertEquals("true", again.header("Idempotency-Replayed"));
        assertEquals(d.getString("id"), again.json().getString("id"));
        assertProblem(officer.create(decisions(caseId), body), 409, "conflict");

        assertProblem(operations.create(decisions(caseId), body), 403, "forbidden");
        assertEquals(200, operations.get("decisions/" + d.getString("id")).status());
        assertProblem(partner.get("decisions/" + d.getString("id")), 403, "forbidden");
        assertProblem(officer.get("decisions/" + UUID.randomUUID()), 404, "not-found");

        List<JsonObject> events =
                awaitEvents(
                        feed,
                        e ->
                                e.getString("type").equals("org.asylon.return.decision-issued.v1")
                                        && e.getString("subject")
                                                .equals("decisions/" + d.getString("id")),
                        1);
        assertEquals(1, events.size());
        JsonObject data = events.get(0).getJsonObject("data");
        assertEquals(caseId, data.getString("caseId"));
        assertFalse(events.get(0).toString().contains("visa expired"), "no reasons on the feed");
    }

    // ---- the period ----

    @Test
    void theNotificationStartsThePeriodAndAnExtensionForArt7_2MovesItsEnd() {
        String caseId = openCase();
        String id = issue(caseId, null);
        Instant notifiedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String notification =
                "{\"notifiedAt\":\""
                        + notifiedAt
                        + "\",\"method\":\"IN_PERSON\",\"language\":\"ara\"}";
        assertProblem(
                officer.post("decisions/" + id + "/notification", notification),
                428,
                "precondition-required");
        assertProblem(
                officer.post(
                        "decisions/" + id + "/notification", notification, "If-Match", "\"99\""),
                412,
                "precondition-failed");
        Api.Reply notified =
                officer.post(
                        "decisions/" + id + "/notification",
                        notification,
                        "If-Match",
                        etag("decisions/" + id));
        assertEquals(200, notified.status(), notified::toString);
        LocalDate last = LocalDate.ofInstant(notifiedAt, PROFILE_ZONE).plusDays(30);
        JsonObject period = notified.json().getJsonObject("voluntaryDeparture");
        assertEquals(last.toString(), period.getString("lastDay"));
        assertTrue(period.getString("explanation").contains("Art 7(1)"));

        Api.Reply noCircumstance =
                officer.post(
                        "decisions/" + id + "/extensions",
                        "{\"days\":14,\"reasons\":\"School.\"}",
                        "If-Match",
                        notified.header("ETag"));
        assertRule(
                noCircumstance, "return.voluntary-departure.extension-circumstances", "Art 7(2)");
        Api.Reply extended =
                officer.post(
                        "decisions/" + id + "/extensions",
                        "{\"days\":14,\"circumstances\":[\"children-in-school\"],"
                                + "\"reasons\":\"Two children finish the school term.\"}",
                        "If-Match",
                        notified.header("ETag"));
        assertEquals(200, extended.status(), extended::toString);
        assertEquals(
                last.plusDays(14).toString(),
                extended.json().getJsonObject("voluntaryDeparture").getString("lastDay"));
        assertEquals(1, extended.json().getJsonArray("extensions").size());
    }

    // ---- what the gate hears ----

    @Test
    void theGateHearsARunningPeriodAndAnAppealThatSuspendsOrAwaitsTheRuling() {
        String caseId = openCase();
        String id = issue(caseId, null);
        notify(id);
        assertTrue(
                bars(caseId, "REMOVAL_EXECUTED")
                        .contains("return.removal.after-voluntary-departure"));
        assertFalse(
                bars(caseId, "DEPARTURE_CONFIRMED")
                        .contains("return.removal.after-voluntary-departure"));

        String noPeriod = openCase();
        String decision =
                issue(
                        noPeriod,
                        "\"voluntaryDeparture\":{\"days\":0,\"shorteningGrounds\":[\"risk-of-absconding\"],"
                                + "\"reasons\":\"Absconded twice from the reception centre.\"}");
        notify(decision);
        assertFalse(bars(noPeriod, "REMOVAL_EXECUTED").contains("return.appeal.suspensive-effect"));
        Api.Reply lodged =
                officer.create(
                        "decisions/" + decision + "/appeals",
                        "{\"lodgedAt\":\""
                                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"appealBody\":\"Administrative Court\",\"reference\":\"AC 1\","
                                + "\"suspensionRequested\":true}");
        assertEquals(201, lodged.status(), lodged::toString);
        JsonObject appeal = lodged.json();
        assertEquals("REQUESTED", appeal.getString("suspension"));
        assertTrue(appeal.getBoolean("barsRemoval"));
        assertTrue(bars(noPeriod, "REMOVAL_EXECUTED").contains("return.appeal.suspensive-effect"));
        assertTrue(bars(noPeriod, "BORDER_HANDOVER").contains("return.appeal.suspensive-effect"));

        String appealPath = "appeals/" + appeal.getString("id");
        Api.Reply refused =
                officer.post(
                        appealPath + "/suspension",
                        "{\"granted\":false,\"ruledAt\":\""
                                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                                + "\"}",
                        "If-Match",
                        etag(appealPath));
        assertEquals(200, refused.status(), refused::toString);
        assertFalse(bars(noPeriod, "REMOVAL_EXECUTED").contains("return.appeal.suspensive-effect"));

        Api.Reply annulled =
                officer.post(
                        appealPath + "/decision",
                        "{\"outcome\":\"ANNULLED\",\"decidedAt\":\""
                                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"reference\":\"AC 1-J\"}",
                        "If-Match",
                        refused.header("ETag"));
        assertEquals(200, annulled.status(), annulled::toString);
        assertEquals("ANNULLED", officer.get("decisions/" + decision).json().getString("status"));
        assertTrue(bars(noPeriod, "REMOVAL_EXECUTED").contains("return.decision.annulled"));
    }

    @Test
    void aFearStatedAtTheDeskBarsTheCountryOfReturnUntilAnotherIsNamed() {
        String caseId = openCase();
        String id =
                issue(
                        caseId,
                        "\"voluntaryDeparture\":{\"days\":0,\"shorteningGrounds\":[\"public-policy-risk\"],"
                                + "\"reasons\":\"Convicted of a serious offence.\"}");
        Api.Reply heard =
                officer.create(
                        "cases/" + caseId + "/protection-requests",
                        "{\"madeAt\":\""
                                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"where\":\"OFFICE\",\"fearedCountries\":[\"IRQ\"]}");
        assertEquals(201, heard.status(), heard::toString);
        assertTrue(bars(caseId, "REMOVAL_EXECUTED").contains("return.country.non-refoulement"));

        Api.Reply back =
                officer.post(
                        "decisions/" + id + "/country-of-return",
                        "{\"countryOfReturn\":{\"country\":\"IRQ\",\"basis\":\"NATIONALITY\"},"
                                + "\"reasons\":\"Still Iraq.\"}",
                        "If-Match",
                        etag("decisions/" + id));
        assertRule(back, "return.country.non-refoulement", null);
        Api.Reply jordan =
                officer.post(
                        "decisions/" + id + "/country-of-return",
                        "{\"countryOfReturn\":{\"country\":\"JOR\",\"basis\":\"HABITUAL_RESIDENCE\"},"
                                + "\"reasons\":\"Lived in Amman from 2010 to 2020.\"}",
                        "If-Match",
                        etag("decisions/" + id));
        assertEquals(200, jordan.status(), jordan::toString);
        assertFalse(bars(caseId, "REMOVAL_EXECUTED").contains("return.country.non-refoulement"));
    }

    // ---- the departure and the other endings ----

    @Test
    void theDepartureIsConfirmedThroughTheGateAndClosesTheCase() {
        String caseId = openCase();
        String id =
                issue(
                        caseId,
                        "\"entryBan\":{\"duration\":\"P2Y\",\"reasons\":\"Worked without a permit.\"}");
        notify(id);
        Instant left = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String withoutCheck =
                "{\"departedAt\":\""
                        + left
                        + "\",\"destination\":\"IRQ\",\"evidence\":\"EXIT_CHECK\"}";
        Api.Reply blocked =
                officer.post(
                        "decisions/" + id + "/departure",
                        withoutCheck,
                        "If-Match",
                        etag("decisions/" + id));
        assertProblem(blocked, 422, "rule-violated");
        assertTrue(blocked.json().getString("rule").startsWith("return.gate."), blocked::toString);
        assertFalse(officer.get("decisions/" + id).json().containsKey("departure"));

        Api.Reply confirmed =
                officer.post(
                        "decisions/" + id + "/departure",
                        "{\"departedAt\":\""
                                + left
                                + "\",\"destination\":\"IRQ\",\"evidence\":\"EXIT_CHECK\","
                                + "\"crossingPoint\":\"Airport\",\"protectionCheck\":{"
                                + "\"source\":\"asylum authority's register\",\"reference\":\"AA-7\","
                                + "\"checkedAt\":\""
                                + Instant.now()
                                        .minus(1, ChronoUnit.MINUTES)
                                        .truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"finding\":\"NO_CLAIM\"}}",
                        "If-Match",
                        etag("decisions/" + id));
        assertEquals(200, confirmed.status(), confirmed::toString);
        JsonObject departure = confirmed.json().getJsonObject("departure");
        assertTrue(departure.getBoolean("withinPeriod"));
        String checkId = departure.getString("gateCheckId");
        assertEquals(
                LocalDate.ofInstant(left, PROFILE_ZONE).toString(),
                confirmed.json().getJsonObject("entryBan").getString("runsFrom"));
        assertEquals("DEPARTED_VOLUNTARILY", closure(caseId));
        List<JsonObject> events =
                awaitEvents(
                        feed,
                        e ->
                                e.getString("type")
                                                .equals(
                                                        "org.asylon.return.voluntary-departure-confirmed.v1")
                                        && e.getString("subject").equals("decisions/" + id),
                        1);
        assertEquals(checkId, events.get(0).getJsonObject("data").getString("gateCheckId"));
    }

    @Test
    void anAlternativeOutcomeReplacesTheDecisionAndClosesTheCase() {
        String caseId = openCase();
        String id = issue(caseId, null);
        assertProblem(
                officer.create("cases/" + caseId + "/outcomes", outcome("investor")),
                422,
                "validation-failed");
        Api.Reply recorded = officer.create("cases/" + caseId + "/outcomes", outcome("labour"));
        assertEquals(201, recorded.status(), recorded::toString);
        JsonObject o = recorded.json();
        assertEquals(id, o.getString("withdrawnDecisionId"));
        assertEquals("national-choice", o.getString("outcomeStatus"));
        assertEquals("WITHDRAWN", officer.get("decisions/" + id).json().getString("status"));
        assertEquals("ALTERNATIVE_OUTCOME", closure(caseId));
        assertEquals(200, operations.get("outcomes/" + o.getString("id")).status());
        assertEquals(1, officer.get("cases/" + caseId + "/outcomes").array().size());
        assertProblem(
                officer.create("cases/" + caseId + "/outcomes", outcome("study")), 409, "conflict");
    }

    // ---- helpers ----

    private String openCase() {
        Api.Reply opened =
                officer.create(
                        "cases",
                        "{\"origin\":\"DESK\",\"surname\":\"Haddad\",\"givenNames\":\"Karim\","
                                + "\"dateOfBirth\":\"1994-03-02\",\"sex\":\"M\",\"nationalities\":[\"IRQ\"]}");
        assertEquals(201, opened.status(), opened::toString);
        return opened.json().getString("id");
    }

    /** How the case ended, from the desk's list of closed cases. */
    private String closure(String caseId) {
        Api.Reply closed = officer.get("cases?state=closed&limit=500");
        assertEquals(200, closed.status(), closed::toString);
        for (JsonValue c : closed.array()) {
            if (c.asJsonObject().getString("id").equals(caseId)) {
                return c.asJsonObject().getString("closure");
            }
        }
        return null;
    }

    private static String decisions(String caseId) {
        return "cases/" + caseId + "/decisions";
    }

    /** A decision to Iraq on illegal stay, with more fields in JSON ({@code null}: none). */
    private static String decision(String more) {
        return "{\"groundCode\":\"illegal-stay\",\"reasons\":\""
                + REASONS
                + "\",\"countryOfReturn\":{\"country\":\"IRQ\",\"basis\":\"NATIONALITY\"}"
                + (more == null ? "" : "," + more)
                + "}";
    }

    private String issue(String caseId, String more) {
        Api.Reply issued = officer.create(decisions(caseId), decision(more));
        assertEquals(201, issued.status(), issued::toString);
        return issued.json().getString("id");
    }

    private void notify(String id) {
        Api.Reply notified =
                officer.post(
                        "decisions/" + id + "/notification",
                        "{\"notifiedAt\":\""
                                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"method\":\"IN_PERSON\"}",
                        "If-Match",
                        etag("decisions/" + id));
        assertEquals(200, notified.status(), notified::toString);
    }

    private static String outcome(String code) {
        return "{\"outcomeCode\":\""
                + code
                + "\",\"permitReference\":\"WP-1\",\"grantedBy\":\"Labour Office\",\"grantedAt\":\""
                + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"reasons\":\"A work permit in a shortage occupation.\"}";
    }

    /** The rules the gate would bar the step with now. */
    private List<String> bars(String caseId, String step) {
        Api.Reply preview = officer.get("cases/" + caseId + "/gate?step=" + step);
        assertEquals(200, preview.status(), preview::toString);
        List<String> rules = new ArrayList<>();
        for (JsonValue bar : preview.json().getJsonArray("bars")) {
            rules.add(bar.asJsonObject().getString("rule"));
        }
        return rules;
    }

    private String etag(String path) {
        Api.Reply read = officer.get(path);
        assertEquals(200, read.status(), read::toString);
        return read.header("ETag");
    }

    private static void assertRule(Api.Reply reply, String rule, String basisPart) {
        assertProblem(reply, 422, "rule-violated");
        assertEquals(rule, reply.json().getString("rule"), reply::toString);
        if (basisPart != null) {
            assertTrue(reply.json().getString("legalBasis").contains(basisPart), reply::toString);
        }
    }
}
