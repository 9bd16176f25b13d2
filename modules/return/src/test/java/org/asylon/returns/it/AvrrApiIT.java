package org.asylon.returns.it;

import static org.asylon.kernel.testing.ApiReading.assertProblem;
import static org.asylon.kernel.testing.ApiReading.assertRule;
import static org.asylon.kernel.testing.ApiReading.awaitEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
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
 * Assisted voluntary return through the API, black-box against the built WAR on Payara Micro
 * (return alone, RSD's feed not followed, profile eu-pact-2026): a referral needs the person's own
 * consent (voluntariness) and carries only the fields the partner's grant allows; a partner's
 * account sees only its own referrals and another's is a 404; counselling and post-arrival reports
 * stay with the partner and the officer and no event carries them; the departure passes the gate —
 * blocked when the desk finds a claim pending, let through with the desk's check, closing the case
 * DEPARTED_VOLUNTARILY; a withdrawal of consent erases the fields and stops everything after it.
 * One deployment; each test opens its own cases and registers its own partners, so the tests run in
 * any order and on a database kept from earlier runs; the cases are desk cases ({@code POST
 * cases}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AvrrApiIT {

    private static final String EVENTS = "org.asylon.return.avrr-";

    @ArquillianResource URL base;

    Api officer;
    Api authority;
    Api iom;
    Api operations;
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
        authority = officer.as("return.authority");
        iom = officer.as("partner.iom");
        operations = officer.as("return.operations");
        feed = officer.as("feed.reader");
    }

    // ---- referral: voluntariness, purpose, fields ----

    @Test
    void aReferralNeedsThePersonsOwnConsentAndCarriesOnlyTheFieldsTheGrantAllows() {
        String caseId = openCase("Haddad");
        String iomId = partner("partner.iom");

        Api.Reply none = officer.create(referrals(caseId), "{\"partnerId\":\"" + iomId + "\"}");
        assertRule(none, "return.avrr.voluntariness");
        assertTrue(none.json().getString("legalBasis").contains("voluntariness is a precondition"));
        assertRule(
                officer.create(
                        referrals(caseId),
                        "{\"partnerId\":\"" + iomId + "\",\"consent\":{\"given\":false}}"),
                "return.avrr.voluntariness");
        assertProblem(
                officer.create(
                        referrals(caseId),
                        "{\"partnerId\":\""
                                + iomId
                                + "\",\"consent\":{\"given\":true},"
                                + "\"notNeededReason\":\"the authority decided\"}"),
                400,
                "invalid-request");
        assertProblem(
                officer.create(
                        "partners",
                        "{\"name\":\"Clinic\",\"purposes\":{\"MEDICAL_CARE\":[\"NAMES\"]}}"),
                422,
                "validation-failed");

        String key = UUID.randomUUID().toString();
        String body = "{\"partnerId\":\"" + iomId + "\",\"consent\":{\"given\":true}}";
        Api.Reply made = officer.post(referrals(caseId), body, "Idempotency-Key", key);
        assertEquals(201, made.status(), made::toString);
        JsonObject referral = made.json();
        assertEquals(
                Set.of("surname", "givenNames", "dateOfBirth", "nationalities"),
                referral.getJsonObject("fields").keySet(),
                "no sex, nothing of RSD, no reason");
        assertEquals("Haddad", referral.getJsonObject("fields").getString("surname"));
        assertEquals("ACTIVE", referral.getString("status"));
        assertEquals("return.officer", referral.getString("consentRecordedBy"));

        Api.Reply again = officer.post(referrals(caseId), body, "Idempotency-Key", key);
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotency-Replayed"));
        assertEquals(referral.getString("id"), again.json().getString("id"));
        assertProblem(officer.create(referrals(caseId), body), 409, "conflict");
        assertEquals(
                1,
                officer.get("avrr-referrals?caseId=" + caseId).array().size(),
                "a retry never duplicates");
    }

    // ---- who sees what ----

    @Test
    void aPartnerSeesOnlyItsOwnReferralsAndAnothersIsNotFound() {
        String iomId = partner("partner.iom");
        String otherId = partner("partner.caritas");
        String own = refer(openCase("Rahimi"), iomId).getString("id");
        String others = refer(openCase("Karimi"), otherId).getString("id");

        JsonObject seen = iom.get("avrr-referrals/" + own).json();
        assertEquals(own, seen.getString("id"));
        assertFalse(seen.containsKey("referredBy"), "officers' names stay in return");
        assertFalse(seen.containsKey("consentRecordedBy"));
        assertTrue(seen.getJsonObject("fields").containsKey("surname"));
        assertProblem(iom.get("avrr-referrals/" + others), 404, "not-found");
        List<String> listed =
                iom.get("avrr-referrals?limit=500").array().getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("id"))
                        .toList();
        assertTrue(listed.contains(own), listed::toString);
        assertFalse(listed.contains(others), listed::toString);
        assertEquals(others, authority.get("avrr-referrals/" + others).json().getString("id"));

        assertProblem(iom.get("partners"), 403, "forbidden");
        assertProblem(operations.get("avrr-referrals/" + own), 403, "forbidden");
        assertProblem(officer.as("monitor").get("avrr-referrals"), 403, "forbidden");
        assertProblem(officer.as(null).get("avrr-referrals"), 401, "not-authenticated");
        assertProblem(
                iom.create(
                        "avrr-referrals/" + others + "/counselling-sessions",
                        "{\"topics\":[\"VOLUNTARY_RETURN\"]}"),
                404,
                "not-found");
    }

    // ---- counselling, the departure through the gate, reports ----

    @Test
    void counsellingTheDepartureThroughTheGateAndReportsAfterArrivalKeepTheirContentOffTheFeed() {
        String caseId = openCase("Haddad");
        String id = refer(caseId, partner("partner.iom")).getString("id");
        Api.Reply session =
                iom.create(
                        "avrr-referrals/" + id + "/counselling-sessions",
                        "{\"topics\":[\"VOLUNTARY_RETURN\",\"REINTEGRATION_ASSISTANCE\"],"
                                + "\"notes\":\"Afraid of debts at home; wants a small shop.\"}");
        assertEquals(201, session.status(), session::toString);
        assertEquals("PARTNER", session.json().getString("counsellor"));
        Api.Reply byOfficer =
                officer.create(
                        "avrr-referrals/" + id + "/counselling-sessions",
                        "{\"topics\":[\"TRAVEL_DOCUMENTS\"]}");
        assertEquals("RETURN_OFFICER", byOfficer.json().getString("counsellor"));
        assertProblem(
                iom.create("avrr-referrals/" + id + "/counselling-sessions", "{\"topics\":[]}"),
                422,
                "validation-failed");
        assertEquals(
                "Afraid of debts at home; wants a small shop.",
                officer.get("avrr-referrals/" + id + "/counselling-sessions")
                        .array()
                        .getJsonObject(0)
                        .getString("notes"));
        assertProblem(
                iom.create("avrr-referrals/" + id + "/reports", "{\"kind\":\"ARRIVAL_RECEPTION\"}"),
                409,
                "conflict");

        String departure = departure(Instant.now(), "NO_CLAIM");
        assertProblem(
                officer.post("avrr-referrals/" + id + "/departure", departure),
                428,
                "precondition-required");
        assertProblem(
                iom.post(
                        "avrr-referrals/" + id + "/departure",
                        departure,
                        "If-Match",
                        etag("avrr-referrals/" + id)),
                403,
                "forbidden");
        Api.Reply departed =
                officer.post(
                        "avrr-referrals/" + id + "/departure",
                        departure,
                        "If-Match",
                        etag("avrr-referrals/" + id));
        assertEquals(200, departed.status(), departed::toString);
        assertEquals("DEPARTED", departed.json().getString("status"));
        String gateCheckId = departed.json().getString("gateCheckId");
        assertNotNull(gateCheckId);
        JsonObject theCase = officer.get("cases/" + caseId).json();
        assertEquals("DEPARTED_VOLUNTARILY", theCase.getString("closure"));
        assertProblem(
                iom.create(
                        "avrr-referrals/" + id + "/counselling-sessions",
                        "{\"topics\":[\"MEDICAL\"]}"),
                409,
                "conflict");

        assertProblem(
                officer.create(
                        "avrr-referrals/" + id + "/reports", "{\"kind\":\"ARRIVAL_RECEPTION\"}"),
                403,
                "forbidden");
        Api.Reply report =
                iom.create(
                        "avrr-referrals/" + id + "/reports",
                        "{\"kind\":\"ARRIVAL_RECEPTION\","
                                + "\"notes\":\"Met at Erbil airport by his brother.\"}");
        assertEquals(201, report.status(), report::toString);
        assertEquals(
                "Met at Erbil airport by his brother.",
                officer.get("avrr-referrals/" + id + "/reports")
                        .array()
                        .getJsonObject(0)
                        .getString("notes"));

        List<JsonObject> events =
                awaitEvents(feed, e -> e.getString("subject").equals("avrr-referrals/" + id), 5);
        assertEquals(
                List.of(
                        EVENTS + "referral-made.v1",
                        EVENTS + "counselling-recorded.v1",
                        EVENTS + "counselling-recorded.v1",
                        EVENTS + "departure-confirmed.v1",
                        EVENTS + "report-recorded.v1"),
                events.stream().map(e -> e.getString("type")).toList());
        assertEquals(gateCheckId, events.get(3).getJsonObject("data").getString("gateCheckId"));
        for (JsonObject e : events) {
            String data = e.getJsonObject("data").toString();
            for (String content : List.of("Afraid", "Erbil", "Haddad", "Karim")) {
                assertFalse(data.contains(content), data);
            }
        }
    }

    @Test
    void theGateBlocksTheDepartureWhenTheDeskFindsAClaimPendingAndNothingIsRecorded() {
        String caseId = openCase("Nazari");
        String id = refer(caseId, partner("partner.iom")).getString("id");
        String tag = etag("avrr-referrals/" + id);
        Api.Reply blocked =
                officer.post(
                        "avrr-referrals/" + id + "/departure",
                        departure(Instant.now(), "CLAIM_PENDING"),
                        "If-Match",
                        tag);
        assertProblem(blocked, 422, "rule-violated");
        assertTrue(blocked.json().getString("rule").startsWith("return.gate."), blocked::toString);
        JsonObject after = officer.get("avrr-referrals/" + id).json();
        assertEquals("ACTIVE", after.getString("status"));
        assertFalse(after.containsKey("departedAt"));
        assertTrue(officer.get("cases/" + caseId).json().getBoolean("open"));
        assertEquals(tag, etag("avrr-referrals/" + id), "the referral did not change");
    }

    // ---- withdrawal of consent ----

    @Test
    void aWithdrawalErasesTheFieldsStopsTheReferralAndIsPublishedWithoutItsReason() {
        String caseId = openCase("Tesfay");
        String id = refer(caseId, partner("partner.iom")).getString("id");
        iom.create(
                "avrr-referrals/" + id + "/counselling-sessions",
                "{\"topics\":[\"VOLUNTARY_RETURN\"],\"notes\":\"Unsure.\"}");
        Api.Reply withdrawn =
                iom.post(
                        "avrr-referrals/" + id + "/consent-withdrawal",
                        "{\"reason\":\"He told the counsellor he will not go back.\"}",
                        "If-Match",
                        etag("avrr-referrals/" + id));
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("CONSENT_WITHDRAWN", withdrawn.json().getString("status"));
        assertTrue(withdrawn.json().getJsonObject("fields").isEmpty());
        assertTrue(iom.get("avrr-referrals/" + id).json().getJsonObject("fields").isEmpty());
        assertEquals(
                "He told the counsellor he will not go back.",
                officer.get("avrr-referrals/" + id).json().getString("withdrawalReason"));

        assertProblem(iom.get("avrr-referrals/" + id + "/counselling-sessions"), 409, "conflict");
        assertEquals(
                1, officer.get("avrr-referrals/" + id + "/counselling-sessions").array().size());
        assertProblem(
                officer.create(
                        "avrr-referrals/" + id + "/counselling-sessions",
                        "{\"topics\":[\"MEDICAL\"]}"),
                409,
                "conflict");
        assertRule(
                officer.post(
                        "avrr-referrals/" + id + "/departure",
                        departure(Instant.now(), "NO_CLAIM"),
                        "If-Match",
                        etag("avrr-referrals/" + id)),
                "return.avrr.voluntariness");
        assertProblem(
                officer.post(
                        "avrr-referrals/" + id + "/consent-withdrawal",
                        "{\"reason\":\"again\"}",
                        "If-Match",
                        etag("avrr-referrals/" + id)),
                409,
                "conflict");
        assertTrue(officer.get("cases/" + caseId).json().getBoolean("open"));

        JsonObject event =
                awaitEvents(
                                feed,
                                e ->
                                        e.getString("type").equals(EVENTS + "consent-withdrawn.v1")
                                                && e.getString("subject")
                                                        .equals("avrr-referrals/" + id),
                                1)
                        .get(0);
        assertEquals(caseId, event.getJsonObject("data").getString("caseId"));
        assertFalse(event.getJsonObject("data").toString().contains("counsellor"));
    }

    // ---- helpers ----

    private String openCase(String surname) {
        Api.Reply opened =
                officer.create(
                        "cases",
                        "{\"origin\":\"DESK\",\"surname\":\""
                                + surname
                                + "\",\"givenNames\":\"Karim\",\"dateOfBirth\":\"1994-03-02\","
                                + "\"sex\":\"M\",\"nationalities\":[\"IRQ\"]}");
        assertEquals(201, opened.status(), opened::toString);
        return opened.json().getString("id");
    }

    /** A partner registered for AVRR with names, date of birth and nationalities. */
    private String partner(String user) {
        Api.Reply registered =
                officer.create(
                        "partners",
                        "{\"name\":\"Partner of "
                                + user
                                + "\",\"purposes\":{\"ASSISTED_VOLUNTARY_RETURN\":"
                                + "[\"NAMES\",\"DATE_OF_BIRTH\",\"NATIONALITIES\"]},"
                                + "\"users\":[\""
                                + user
                                + "\"]}");
        assertEquals(201, registered.status(), registered::toString);
        return registered.json().getString("id");
    }

    private JsonObject refer(String caseId, String partnerId) {
        Api.Reply made =
                officer.create(
                        referrals(caseId),
                        "{\"partnerId\":\"" + partnerId + "\",\"consent\":{\"given\":true}}");
        assertEquals(201, made.status(), made::toString);
        return made.json();
    }

    private static String referrals(String caseId) {
        return "cases/" + caseId + "/avrr-referrals";
    }

    private static String departure(Instant at, String finding) {
        return "{\"departedAt\":\""
                + at
                + "\",\"protectionCheck\":{\"source\":\"asylum authority's register\","
                + "\"reference\":\"AA-1\",\"checkedAt\":\""
                + Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"finding\":\""
                + finding
                + "\"}}";
    }

    private String etag(String path) {
        Api.Reply read = officer.get(path);
        assertEquals(200, read.status(), read::toString);
        return read.header("ETag");
    }
}
