package org.asylon.detention.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * Independent monitoring over REST, black-box against the built WAR on Payara Micro (detention
 * alone, eu-pact-2026): a monitor records a visit to a place without asking anyone (OPCAT Art
 * 20(c), (e)) and a private interview (Art 20(d)); the detention officer and the detention
 * authority can neither read the visit, its interviews and its findings nor change or delete them,
 * and every one of their attempts is on the audit trail; a recommendation is answered by the
 * authority and followed up by the monitor (SPT guidance para 45); retries create nothing twice;
 * anonymous callers are asked to sign in; bad input names the field. One deployment serves every
 * test; each test registers its own place, so they run in any order and on a database kept from
 * earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringApiIT {

    private static final String EVENT = "org.asylon.detention.";

    /** The alternatives of eu-pact-2026's detention.alternatives, each addressed in an order. */
    private static final List<String> ALTERNATIVES =
            List.of(
                    "reporting",
                    "designated-residence",
                    "document-surrender",
                    "financial-guarantee",
                    "guarantor",
                    "community-supervision",
                    "case-management");

    @ArquillianResource URL base;

    Api monitor;
    Api unhcr;
    Api officer;
    Api authority;
    Api manager;
    Api auditor;
    Api feed;
    Api anonymous;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "detention.war")
                .importFrom(new File(System.getProperty("detention.war", "target/detention.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        String root = "http://127.0.0.1:" + base.getPort() + "/detention/api/v1";
        authority = new Api(root, "detention.authority");
        monitor = authority.as("monitor");
        unhcr = authority.as("monitor.unhcr");
        officer = authority.as("detention.officer");
        manager = authority.as("facility.manager");
        auditor = authority.as("auditor");
        feed = authority.as("feed.reader");
        anonymous = new Api(root, null);
    }

    // ---- visits and interviews: recorded without asking, invisible to the detention roles ----

    @Test
    void aVisitIsRecordedWithoutAskingAndItsInterviewsAndFindingsAreTheMonitorsOnly() {
        String place = facility();
        JsonObject visit = visit(monitor, place);
        String visitId = visit.getString("id");
        assertFalse(visit.getBoolean("announced"));
        assertEquals("monitor", visit.getString("recordedBy"));
        String interviewId = interview(visitId).getString("id");
        String findingId =
                created(
                                monitor.create(
                                        "visits/" + visitId + "/findings",
                                        "{\"standard\":\"OTHER\",\"text\":\"No light in the"
                                                + " corridor cells.\"}"))
                        .getString("id");

        assertEquals(200, monitor.get("visits/" + visitId).status());
        assertEquals(200, unhcr.get("interviews/" + interviewId).status());
        assertEquals(1, monitor.get("visits/" + visitId + "/interviews").array().size());

        List<String> reads =
                List.of(
                        "visits/" + visitId,
                        "visits/" + visitId + "/interviews",
                        "interviews/" + interviewId,
                        "visits/" + visitId + "/findings",
                        "findings/" + findingId);
        for (Api detention : List.of(officer, authority)) {
            for (String read : reads) {
                Api.Reply refused = detention.get(read);
                assertProblem(refused, 403, "forbidden");
                assertFalse(refused.raw().body().contains("corridor"), refused::toString);
                assertFalse(refused.raw().body().contains("nine days"), refused::toString);
            }
            Api.Reply list = detention.get("visits");
            assertProblem(list, 403, "forbidden");
        }
        List<JsonObject> refusedReads = audit("monitoring.read-refused");
        for (String actor : List.of("detention.officer", "detention.authority")) {
            for (String id : List.of(visitId, interviewId, findingId)) {
                assertTrue(
                        refusedReads.stream()
                                .anyMatch(
                                        r ->
                                                actor.equals(r.getString("actor"))
                                                        && id.equals(r.getString("recordId"))),
                        actor + " reading " + id + " is not on the trail");
            }
        }
    }

    @Test
    void nobodyElseChangesOrDeletesAMonitorsRecordAndEveryAttemptIsOnTheAuditTrail() {
        String visitId = visit(monitor, facility()).getString("id");
        String interviewId = interview(visitId).getString("id");
        List<String> records = List.of("visits/" + visitId, "interviews/" + interviewId);
        for (Api detention : List.of(officer, authority)) {
            for (String record : records) {
                assertProblem(
                        detention.put(record, "{\"content\":\"nothing happened\"}"),
                        403,
                        "forbidden");
                assertProblem(detention.send("DELETE", record, null, null), 403, "forbidden");
                assertProblem(
                        detention.send("PATCH", record, "application/json", "{}"),
                        403,
                        "forbidden");
            }
        }
        Api.Reply delete = monitor.send("DELETE", "interviews/" + interviewId, null, null);
        assertProblem(delete, 422, "rule-violated");
        assertEquals("monitoring.records-kept", delete.json().getString("rule"));
        assertTrue(
                delete.json().getString("detail").contains("add an amendment"), delete::toString);

        List<JsonObject> refused = audit("monitoring.change-refused");
        for (String actor : List.of("detention.officer", "detention.authority")) {
            for (String id : List.of(visitId, interviewId)) {
                for (String method : List.of("PUT", "DELETE", "PATCH")) {
                    assertTrue(
                            refused.stream()
                                    .anyMatch(
                                            r ->
                                                    actor.equals(r.getString("actor"))
                                                            && id.equals(r.getString("recordId"))
                                                            && r.getString("details")
                                                                    .startsWith(method + " by")),
                            actor + " " + method + " " + id + " is not on the trail");
                }
            }
        }
        assertTrue(
                refused.stream()
                        .anyMatch(
                                r ->
                                        "monitor".equals(r.getString("actor"))
                                                && interviewId.equals(r.getString("recordId"))),
                "the monitor's attempt to delete is on the trail too");

        // the one way a record changes: an amendment by its author; the original stays
        Api.Reply amended =
                monitor.create(
                        "interviews/" + interviewId + "/amendments",
                        "{\"text\":\"Cell 4 is room A-04 in the register.\"}");
        assertEquals(200, amended.status(), amended::toString);
        assertTrue(amended.json().getString("content").contains("nine days"));
        assertEquals(1, amended.json().getJsonArray("amendments").size());
        assertProblem(
                unhcr.create(
                        "interviews/" + interviewId + "/amendments", "{\"text\":\"Not mine.\"}"),
                403,
                "forbidden");
        assertProblem(
                authority.create(
                        "interviews/" + interviewId + "/amendments", "{\"text\":\"Edited.\"}"),
                403,
                "forbidden");
        assertEquals(
                1,
                monitor.get("interviews/" + interviewId).json().getJsonArray("amendments").size());
    }

    // ---- recommendations ----

    @Test
    void aRecommendationIsAnsweredByTheAuthorityAndFollowedUpByTheMonitor() {
        String place = facility();
        String visitId = visit(monitor, place).getString("id");
        JsonObject made =
                created(
                        monitor.create(
                                "visits/" + visitId + "/recommendations",
                                "{\"category\":\"LIVING_CONDITIONS\",\"priority\":\"HIGH\","
                                        + "\"text\":\"Give every person a bed in wing B.\"}"));
        String id = made.getString("id");
        assertEquals(place, made.getString("facilityId"));
        assertEquals("OPEN", made.getString("followUpStatus"));

        assertTrue(
                ids(authority.get("recommendations?answered=false&facilityId=" + place))
                        .contains(id));
        assertProblem(officer.get("recommendations"), 403, "forbidden");
        assertProblem(officer.get("recommendations/" + id), 403, "forbidden");

        Api.Reply answered =
                authority.create(
                        "recommendations/" + id + "/responses",
                        "{\"stance\":\"ACCEPTED\",\"response\":\"Beds ordered for wing B.\","
                                + "\"plannedBy\":\"2027-02-01\"}");
        assertEquals(200, answered.status(), answered::toString);
        assertTrue(answered.json().getBoolean("answered"));
        assertEquals(
                "ACCEPTED",
                answered.json().getJsonArray("responses").getJsonObject(0).getString("stance"));
        assertProblem(
                monitor.create(
                        "recommendations/" + id + "/responses",
                        "{\"stance\":\"ACCEPTED\",\"response\":\"Fine.\"}"),
                403,
                "forbidden");
        assertTrue(
                ids(authority.get("recommendations?answered=true&facilityId=" + place))
                        .contains(id));
        assertFalse(
                ids(monitor.get("recommendations?answered=false&facilityId=" + place))
                        .contains(id));

        Api.Reply read = monitor.get("recommendations/" + id);
        String etag = read.header("ETag");
        assertNotNull(etag);
        String followUp = "{\"status\":\"IN_DIALOGUE\",\"note\":\"Check on the next visit.\"}";
        assertProblem(
                monitor.put("recommendations/" + id + "/follow-up", followUp),
                428,
                "precondition-required");
        assertProblem(
                authority.put(
                        "recommendations/" + id + "/follow-up",
                        followUp.replace("IN_DIALOGUE", "IMPLEMENTED"),
                        "If-Match",
                        etag),
                403,
                "forbidden");
        Api.Reply followed =
                monitor.put("recommendations/" + id + "/follow-up", followUp, "If-Match", etag);
        assertEquals(200, followed.status(), followed::toString);
        assertEquals("IN_DIALOGUE", followed.json().getString("followUpStatus"));
        assertProblem(
                monitor.put("recommendations/" + id + "/follow-up", followUp, "If-Match", etag),
                412,
                "precondition-failed");
        assertProblem(
                authority.send("DELETE", "recommendations/" + id, null, null), 403, "forbidden");
        assertTrue(
                audit("monitoring.change-refused").stream()
                        .anyMatch(
                                r ->
                                        "detention.authority".equals(r.getString("actor"))
                                                && id.equals(r.getString("recordId"))
                                                && r.getString("details")
                                                        .startsWith("PUT follow-up")));

        // the feed carries codes and ids, never the texts
        List<JsonObject> events =
                awaitEvents(
                        e -> id.equals(e.getJsonObject("data").getString("recommendationId", "")),
                        3);
        assertEquals(
                List.of(
                        EVENT + "recommendation-made.v1",
                        EVENT + "recommendation-answered.v1",
                        EVENT + "recommendation-follow-up.v1"),
                events.stream().map(e -> e.getString("type")).toList());
        events.forEach(
                e -> {
                    assertFalse(e.toString().contains("bed"), e::toString);
                    assertFalse(e.toString().contains("Beds"), e::toString);
                });
    }

    // ---- the standards check ----

    @Test
    void aMonitorSeesThePlaceAgainstTheStandardsBeforeAVisit() {
        String place = facility();
        Api.Reply room =
                manager.create(
                        "facilities/" + place + "/rooms",
                        "{\"label\":\"B-12\",\"use\":\"MULTIPLE\",\"livingSpace\":12.5,"
                                + "\"wallDistance\":2.5,\"ceilingHeight\":2.6}");
        assertEquals(201, room.status(), room::toString);
        Api.Reply check = monitor.get("facilities/" + place + "/standards-check");
        assertEquals(200, check.status(), check::toString);
        JsonObject first = check.json().getJsonArray("rooms").getJsonObject(0);
        assertEquals(3, first.getInt("capacity"));
        assertEquals(0, first.getInt("occupancy"));
        assertProblem(officer.get("facilities/" + place + "/standards-check"), 403, "forbidden");
    }

    /**
     * RCD 2024/1346 Art 13(2): after the detention authority orders a child held (as a last resort,
     * with best-interests reasons), the standards check of the place lists the child with the order
     * and the rule; a finding on it keeps the order as the records stood; a person not in the
     * register is refused naming personId.
     */
    @Test
    void aChildOrderedHeldIsOnTheStandardsCheckAndAFindingKeepsTheOrder() {
        String place = facility();
        String room =
                created(
                                manager.create(
                                        "facilities/" + place + "/rooms",
                                        "{\"label\":\"F-1\",\"use\":\"MULTIPLE\",\"livingSpace\":16,"
                                                + "\"wallDistance\":3,\"ceilingHeight\":2.8}"))
                        .getString("id");
        String child =
                created(
                                authority.create(
                                        "people",
                                        "{\"surname\":\"Haddad\",\"givenNames\":\"Lina\",\"dateOfBirth\":\""
                                                + LocalDate.now().minusYears(12)
                                                + "\",\"sex\":\"F\",\"nationalities\":[\"SYR\"],"
                                                + "\"protection\":{\"state\":\"APPLICANT\","
                                                + "\"source\":\"asylum authority letter 2026/123\"}}"))
                        .getString("id");
        String alternatives =
                ALTERNATIVES.stream()
                        .map(c -> "{\"code\":\"" + c + "\",\"whyInsufficient\":\"tried, failed\"}")
                        .collect(Collectors.joining(","));
        String orderId =
                created(
                                authority.create(
                                        "people/" + child + "/orders",
                                        "{\"groundCode\":\"identity\",\"individualAssessment\":"
                                                + "{\"necessity\":\"identity unknown\","
                                                + "\"proportionality\":\"days at most\"},"
                                                + "\"alternativesConsidered\":["
                                                + alternatives
                                                + "],\"authority\":{\"kind\":\"ADMINISTRATIVE\","
                                                + "\"name\":\"Immigration Office\"},\"startsAt\":\""
                                                + Instant.now()
                                                + "\",\"facilityId\":\""
                                                + place
                                                + "\",\"roomId\":\""
                                                + room
                                                + "\",\"bestInterestsReasons\":\"Kept with her mother,"
                                                + " who is held.\"}"))
                        .getString("id");

        Api.Reply check = monitor.get("facilities/" + place + "/standards-check");
        assertEquals(200, check.status(), check::toString);
        List<JsonObject> children =
                check.json().getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                        .filter(o -> o.getString("kind").equals("CHILD_DETAINED"))
                        .toList();
        assertEquals(1, children.size(), check::toString);
        assertEquals(child, children.get(0).getString("personId"));
        assertEquals(orderId, children.get(0).getString("orderId"));
        assertEquals("detention.children", children.get(0).getString("rule"));
        assertTrue(children.get(0).getString("basis").contains("13(2)"), check::toString);

        String visitId = visit(monitor, place).getString("id");
        JsonObject finding =
                created(
                        monitor.create(
                                "visits/" + visitId + "/findings",
                                "{\"standard\":\"CHILD_DETAINED\",\"personId\":\""
                                        + child
                                        + "\",\"text\":\"A girl of twelve held with adults.\"}"));
        JsonObject seen =
                finding.getJsonObject("recordsSnapshot").getJsonArray("orders").getJsonObject(0);
        assertEquals(orderId, seen.getString("orderId"));
        assertTrue(seen.getBoolean("childDetained"));

        Api.Reply unknown =
                monitor.create(
                        "visits/" + visitId + "/findings",
                        "{\"standard\":\"CHILD_DETAINED\",\"personId\":\""
                                + UUID.randomUUID()
                                + "\",\"text\":\"...\"}");
        assertProblem(unknown, 422, "validation-failed");
        assertEquals(List.of("personId"), fields(unknown), unknown::toString);
    }

    // ---- the house rules ----

    @Test
    void retriesCreateNothingTwice() {
        String place = facility();
        String key = UUID.randomUUID().toString();
        String body = visitBody(place, Instant.now().minusSeconds(60));
        Api.Reply first = monitor.post("visits", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = monitor.post("visits", body, "Idempotency-Key", key);
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotency-Replayed"));
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(
                1, monitor.get("visits?facilityId=" + place).array().size(), "one visit, not two");
        assertProblem(
                monitor.post("visits", body.replace("UNHCR", "NPM"), "Idempotency-Key", key),
                422,
                "idempotency-key-reused");

        String visitId = first.json().getString("id");
        String interview =
                "{\"intervieweeRole\":\"STAFF\",\"withoutWitnesses\":true,"
                        + "\"content\":\"Two guards at night for 80 people.\"}";
        String interviewKey = UUID.randomUUID().toString();
        String once =
                monitor.post(
                                "visits/" + visitId + "/interviews",
                                interview,
                                "Idempotency-Key",
                                interviewKey)
                        .json()
                        .getString("id");
        Api.Reply twice =
                monitor.post(
                        "visits/" + visitId + "/interviews",
                        interview,
                        "Idempotency-Key",
                        interviewKey);
        assertEquals(once, twice.json().getString("id"));
        assertEquals(1, monitor.get("visits/" + visitId + "/interviews").array().size());
        assertProblem(monitor.post("visits", body), 400, "idempotency-key-required");
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        for (Api.Reply reply :
                List.of(
                        anonymous.get("visits"),
                        anonymous.get("recommendations"),
                        anonymous.create(
                                "visits", visitBody(UUID.randomUUID().toString(), Instant.now())),
                        anonymous.send("DELETE", "visits/" + UUID.randomUUID(), null, null))) {
            assertProblem(reply, 401, "not-authenticated");
        }
    }

    @Test
    void badInputNamesTheField() {
        String place = facility();
        Api.Reply missing =
                monitor.create(
                        "visits",
                        "{\"facilityId\":\""
                                + place
                                + "\",\"monitoringBody\":\"NPM\",\"announced\":false,"
                                + "\"team\":[\"A. Mensah\"]}");
        assertProblem(missing, 422, "validation-failed");
        assertEquals(List.of("startedAt"), fields(missing));

        Api.Reply planned =
                monitor.create("visits", visitBody(place, Instant.now().plus(Duration.ofDays(2))));
        assertProblem(planned, 422, "validation-failed");
        assertEquals(List.of("startedAt"), fields(planned), planned::toString);

        Api.Reply nowhere =
                monitor.create("visits", visitBody(UUID.randomUUID().toString(), Instant.now()));
        assertProblem(nowhere, 422, "validation-failed");
        assertEquals(List.of("facilityId"), fields(nowhere));

        Api.Reply unknown =
                monitor.create(
                        "visits",
                        visitBody(place, Instant.now()).replace("{", "{\"approvedBy\":\"x\","));
        assertProblem(unknown, 400, "invalid-request");
        assertEquals("approvedBy", fields(unknown).get(0), unknown::toString);

        String visitId = visit(monitor, place).getString("id");
        Api.Reply language =
                monitor.create(
                        "visits/" + visitId + "/interviews",
                        "{\"intervieweeRole\":\"DETAINED_PERSON\",\"interpreterLanguage\":\"dari\","
                                + "\"withoutWitnesses\":true,\"content\":\"...\"}");
        assertProblem(language, 422, "validation-failed");
        assertEquals(List.of("interpreterLanguage"), fields(language), language::toString);

        Api.Reply standard =
                monitor.create(
                        "visits/" + visitId + "/findings",
                        "{\"standard\":\"CROWDING\",\"text\":\"...\"}");
        assertProblem(standard, 400, "invalid-request");
        assertEquals("standard", fields(standard).get(0), standard::toString);

        assertProblem(monitor.get("recommendations?answered=maybe"), 400, "invalid-request");
    }

    // ---- helpers ----

    /** A place registered by the facility manager, as the places API registers it. */
    private String facility() {
        return created(
                        manager.create(
                                "facilities",
                                "{\"kind\":\"PRE_REMOVAL_CENTRE\",\"name\":\"Centre "
                                        + UUID.randomUUID()
                                        + "\",\"location\":\"Route 4, Kato Village\"}"))
                .getString("id");
    }

    private static String visitBody(String place, Instant startedAt) {
        return "{\"facilityId\":\""
                + place
                + "\",\"monitoringBody\":\"UNHCR\",\"announced\":false,\"startedAt\":\""
                + startedAt
                + "\",\"team\":[\"A. Mensah\",\"L. Novak\"]}";
    }

    private static JsonObject visit(Api as, String place) {
        return created(as.create("visits", visitBody(place, Instant.now().minusSeconds(600))));
    }

    private JsonObject interview(String visitId) {
        return created(
                monitor.create(
                        "visits/" + visitId + "/interviews",
                        "{\"intervieweeRole\":\"DETAINED_PERSON\",\"interpreterLanguage\":\"prs\","
                                + "\"withoutWitnesses\":true,"
                                + "\"content\":\"Kept alone in cell 4 for nine days.\"}"));
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** Every audit record with this action, read as an auditor through the whole trail. */
    private List<JsonObject> audit(String action) {
        List<JsonObject> found = new ArrayList<>();
        long after = 0;
        while (true) {
            Api.Reply page = auditor.get("audit?after=" + after + "&limit=1000");
            assertEquals(200, page.status(), page::toString);
            JsonArray records = page.array();
            for (JsonValue r : records) {
                JsonObject record = r.asJsonObject();
                after = record.getJsonNumber("sequence").longValue();
                if (action.equals(record.getString("action"))) {
                    found.add(record);
                }
            }
            if (records.size() < 1000) {
                return found;
            }
        }
    }

    /** The feed's events matching, waiting for the relay to number them. */
    private List<JsonObject> awaitEvents(
            java.util.function.Predicate<JsonObject> matching, int expected) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<JsonObject> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            List<JsonObject> all = new ArrayList<>();
            long after = 0;
            while (true) {
                Api.Reply page = feed.get("events?after=" + after + "&limit=1000");
                assertEquals(200, page.status(), page::toString);
                JsonArray events = page.array();
                for (JsonValue e : events) {
                    JsonObject event = e.asJsonObject();
                    after = Long.parseLong(event.getString("sequence"));
                    if (matching.test(event)) {
                        all.add(event);
                    }
                }
                if (events.size() < 1000) {
                    break;
                }
            }
            found = all;
            if (found.size() >= expected) {
                return found;
            }
            sleep();
        }
        return found;
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fields(Api.Reply reply) {
        JsonArray errors = reply.json().getJsonArray("errors");
        return errors == null
                ? List.of()
                : errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static void assertProblem(Api.Reply reply, int status, String slug) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(
                reply.contentType() != null
                        && reply.contentType().startsWith("application/problem+json"),
                reply::toString);
        assertEquals("urn:asylon:problem:" + slug, reply.json().getString("type"), reply::toString);
    }
}
