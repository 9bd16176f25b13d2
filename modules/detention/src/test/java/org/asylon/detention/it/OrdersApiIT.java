package org.asylon.detention.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * The people, orders and alternatives API, black-box against the built WAR on Payara Micro
 * (detention alone, legal profile eu-pact-2026, see arquillian.xml): an order without every
 * alternative considered is refused naming the missing codes; a child's order as a last resort
 * needs best-interests reasons and is flagged; the role matrix; an idempotent retry; If-Match; the
 * clocks in the view; a claim recorded at the desk putting a return order into review now; release
 * ending the placement; a breach of an alternative that detains no one; an order dated ahead or in
 * an unknown room refused naming the field; a child found at the desk putting the order into review
 * until best-interests reasons are given. One deployment; each test makes its own facility and
 * people, so the tests run in any order and on a database kept from earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersApiIT {

    private static final ZoneId PROFILE_ZONE = ZoneId.of("Europe/Brussels"); // eu-pact-2026's zone
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

    Api authority;
    Api officer;
    Api manager;
    Api clerk;
    Api monitor;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "detention.war")
                .importFrom(new File(System.getProperty("detention.war", "target/detention.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        authority =
                new Api(
                        "http://127.0.0.1:" + base.getPort() + "/detention/api/v1",
                        "detention.authority");
        officer = authority.as("detention.officer");
        manager = authority.as("facility.manager");
        clerk = authority.as("court.clerk");
        monitor = authority.as("monitor");
    }

    // ---- the rules of an order ----

    @Test
    void anOrderWithoutEveryAlternativeConsideredIsRefusedNamingTheMissingCodes() {
        Place place = place();
        String person = person("NOT_PENDING", "1990-03-02");
        Api.Reply refused =
                authority.create(
                        "people/" + person + "/orders",
                        order(
                                "return-preparation",
                                place,
                                Instant.now(),
                                ALTERNATIVES.subList(0, 4),
                                null));
        assertProblem(refused, 422, "rule-violated");
        assertEquals("detention.alternatives", refused.json().getString("rule"));
        String detail = refused.json().getString("detail");
        assertTrue(
                detail.contains("guarantor, community-supervision, case-management"),
                refused::toString);
        assertTrue(refused.json().getString("legalBasis").contains("Art 10(2)"));
        assertEquals(
                0,
                authority.get("orders?personId=" + person).array().size(),
                "nothing was ordered");
        assertEquals(0, room(place).getJsonArray("people").size(), "no one was placed");
    }

    @Test
    void aChildIsDetainedOnlyAsALastResortWithBestInterestsReasonsAndTheOrderIsFlagged() {
        Place place = place();
        String child = person("APPLICANT", LocalDate.now().minusYears(12).toString());
        Api.Reply refused =
                authority.create(
                        "people/" + child + "/orders",
                        order("identity", place, Instant.now(), ALTERNATIVES, null));
        assertProblem(refused, 422, "rule-violated");
        assertEquals("detention.children", refused.json().getString("rule"));
        assertTrue(refused.json().getString("legalBasis").contains("Art 13(2)"));

        Api.Reply issued =
                authority.create(
                        "people/" + child + "/orders",
                        order(
                                "identity",
                                place,
                                Instant.now(),
                                ALTERNATIVES,
                                "Kept with her mother, who is held; separation would harm her"
                                        + " more."));
        assertEquals(201, issued.status(), issued::toString);
        assertTrue(issued.json().getBoolean("childDetained"));
        assertEquals("APPLICANT", issued.json().getString("regime"));
        assertTrue(
                authority
                        .get("orders?personId=" + child)
                        .array()
                        .getJsonObject(0)
                        .getBoolean("childDetained"));
    }

    /**
     * A child held is an alert (rule {@code detention.children}, RCD Art 13(2)) raised by the
     * sweep, which the ITs run every 2 s; the release resolves it.
     */
    @Test
    void aChildHeldAppearsInTheAlertQueueAndTheReleaseResolvesItRcdArt13_2() {
        Place place = place();
        String child = person("APPLICANT", LocalDate.now().minusYears(15).toString());
        String id =
                issue(
                                child,
                                order(
                                        "identity",
                                        place,
                                        Instant.now(),
                                        ALTERNATIVES,
                                        "Kept with his father, who is held."))
                        .getString("id");
        JsonObject alert = awaitAlert("open", id);
        assertEquals("order", alert.getString("recordType"));
        assertEquals(child, alert.getString("personId"));
        assertEquals("detention.children", alert.getString("rule"));
        assertTrue(alert.getString("basis").contains("13(2)"), alert::toString);

        Api.Reply released =
                authority.post(
                        "orders/" + id + "/release",
                        "{\"reason\":\"OTHER\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertEquals(200, released.status(), released::toString);
        assertEquals(alert.getString("id"), awaitAlert("resolved", id).getString("id"));
    }

    /** The CHILD_DETAINED alert on the order, in the queue's open or resolved list, within 15 s. */
    private JsonObject awaitAlert(String state, String orderId) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (true) {
            Api.Reply alerts = authority.get("alerts?kind=CHILD_DETAINED&state=" + state);
            assertEquals(200, alerts.status(), alerts::toString);
            var found =
                    alerts.array().getValuesAs(JsonObject.class).stream()
                            .filter(a -> a.getString("recordId").equals(orderId))
                            .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + state + " alert on order " + orderId);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void anApplicantIsNotDetainedToPrepareReturnRcdArt10_1() {
        Place place = place();
        String applicant = person("APPLICANT", "1988");
        Api.Reply refused =
                authority.create(
                        "people/" + applicant + "/orders",
                        order("return-preparation", place, Instant.now(), ALTERNATIVES, null));
        assertProblem(refused, 422, "rule-violated");
        assertEquals("detention.grounds.while-claim-pending", refused.json().getString("rule"));
    }

    // ---- who may do what ----

    @Test
    void roleMatrix() {
        Place place = place();
        String person = person("NOT_PENDING", "1985");
        String body = order("return-preparation", place, Instant.now(), ALTERNATIVES, null);
        assertProblem(officer.create("people/" + person + "/orders", body), 403, "forbidden");
        assertProblem(clerk.create("people/" + person + "/orders", body), 403, "forbidden");
        assertProblem(monitor.create("people/" + person + "/orders", body), 403, "forbidden");
        JsonObject order = issue(person, body);
        String id = order.getString("id");

        assertEquals(201, officer.create("people", "{\"surname\":\"Desk\"}").status());
        assertProblem(monitor.create("people", "{\"surname\":\"Desk\"}"), 403, "forbidden");
        for (Api reader : List.of(authority, officer, clerk, monitor)) {
            assertEquals(200, reader.get("orders/" + id).status());
            assertEquals(200, reader.get("people/" + person).status());
        }
        // least privilege: the facility manager manages buildings, not people or orders
        assertProblem(manager.get("people"), 403, "forbidden");
        assertProblem(manager.get("people/" + person), 403, "forbidden");
        assertProblem(manager.get("orders"), 403, "forbidden");
        assertProblem(manager.get("orders/" + id), 403, "forbidden");
        assertProblem(manager.get("alternatives"), 403, "forbidden");
        assertProblem(authority.as("auditor").get("orders/" + id), 403, "forbidden");
        assertProblem(authority.as("auditor").get("people"), 403, "forbidden");
        assertProblem(authority.as(null).get("orders"), 401, "not-authenticated");
        assertProblem(
                monitor.post(
                        "orders/" + id + "/release",
                        "{\"reason\":\"OTHER\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id))),
                403,
                "forbidden");

        // the court clerk records judicial reviews only
        assertProblem(
                clerk.post(
                        "orders/" + id + "/reviews",
                        "{\"kind\":\"ADMINISTRATIVE\",\"outcome\":\"CONTINUED\",\"reasons\":\"r\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id))),
                403,
                "forbidden");
        assertProblem(
                authority.post(
                        "orders/" + id + "/reviews",
                        "{\"kind\":\"JUDICIAL\",\"outcome\":\"CONTINUED\",\"reasons\":\"r\","
                                + "\"court\":\"Tribunal\",\"decisionReference\":\"1/26\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id))),
                403,
                "forbidden");
        Api.Reply judicial =
                clerk.post(
                        "orders/" + id + "/reviews",
                        "{\"kind\":\"JUDICIAL\",\"outcome\":\"CONTINUED\",\"reasons\":\"The risk"
                                + " of absconding is established.\",\"court\":\"Tribunal of"
                                + " Rome\",\"decisionReference\":\"34/2026\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertEquals(200, judicial.status(), judicial::toString);
        JsonObject review = clock(judicial.json(), "judicial-review");
        assertTrue(review.containsKey("metAt"), "the ex officio review is met");
        assertEquals(1, judicial.json().getJsonArray("reviews").size());

        // the officer moves the held person; the authority does not
        String other = addRoom(place.facility, "B-" + UUID.randomUUID());
        assertProblem(
                authority.post(
                        "orders/" + id + "/placement",
                        "{\"roomId\":\"" + other + "\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id))),
                403,
                "forbidden");
        Api.Reply moved =
                officer.post(
                        "orders/" + id + "/placement",
                        "{\"roomId\":\"" + other + "\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(other, moved.json().getString("roomId"));
    }

    @Test
    void aRetryWithTheSameKeyIssuesNothingTwice() {
        Place place = place();
        String person = person("NOT_PENDING", "1979");
        String body = order("return-preparation", place, Instant.now(), ALTERNATIVES, null);
        String key = UUID.randomUUID().toString();
        Api.Reply first =
                authority.post("people/" + person + "/orders", body, "Idempotency-Key", key);
        Api.Reply retry =
                authority.post("people/" + person + "/orders", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first::toString);
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertEquals("true", retry.header("Idempotency-Replayed"));
        assertEquals(1, authority.get("orders?personId=" + person).array().size());
        assertProblem(
                authority.post("people/" + person + "/orders", body),
                400,
                "idempotency-key-required");
    }

    @Test
    void everyChangeNeedsTheCurrentVersion() {
        Place place = place();
        String person = person("NOT_PENDING", "1991");
        JsonObject order =
                issue(
                        person,
                        order("return-preparation", place, Instant.now(), ALTERNATIVES, null));
        String id = order.getString("id");
        String stale = etag(authority.get("orders/" + id));
        assertProblem(
                authority.post("orders/" + id + "/release", "{\"reason\":\"OTHER\"}"),
                428,
                "precondition-required");
        Api.Reply review =
                authority.post(
                        "orders/" + id + "/reviews",
                        "{\"kind\":\"ADMINISTRATIVE\",\"outcome\":\"CONTINUED\",\"reasons\":\"still"
                                + " needed\"}",
                        "If-Match",
                        stale);
        assertEquals(200, review.status(), review::toString);
        assertProblem(
                authority.post(
                        "orders/" + id + "/release", "{\"reason\":\"OTHER\"}", "If-Match", stale),
                412,
                "precondition-failed");
        assertProblem(
                authority.put(
                        "people/" + person + "/protection",
                        "{\"state\":\"APPLICANT\",\"source\":\"letter\"}"),
                428,
                "precondition-required");
    }

    // ---- clocks, review now, release ----

    @Test
    void theViewShowsTheClocksWithTheirRulesAndWhatIsOverdue() {
        Place place = place();
        String person = person("NOT_PENDING", "1983");
        Instant start = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        JsonObject order =
                issue(person, order("return-preparation", place, start, ALTERNATIVES, null));
        assertEquals(3, order.getJsonArray("clocks").size());

        JsonObject maximum = clock(order, "maximum");
        assertEquals("return.detention.maximum", maximum.getString("rule"));
        assertTrue(maximum.getString("basis").contains("Art 15(5)"));
        assertEquals("confirmed", maximum.getString("status"));
        assertEquals(endOf(start, 0, 6), Instant.parse(maximum.getString("dueAt")));
        assertFalse(maximum.getBoolean("overdue"));

        JsonObject review = clock(order, "judicial-review");
        assertEquals("detention.judicial-review.deadline", review.getString("rule"));
        assertEquals(endOf(start, 15, 0), Instant.parse(review.getString("dueAt")));
        assertTrue(review.getBoolean("overdue"), "15 days passed without a judicial review");

        JsonObject periodic = clock(order, "periodic-review");
        assertEquals("detention.periodic-review.interval", periodic.getString("rule"));
        assertEquals("national-choice", periodic.getString("status"));
        assertFalse(order.getBoolean("releaseOverdue"));
        assertEquals(
                "Return Directive 2008/115/EC, Art 15(1)",
                order.getJsonObject("ground").getString("basis"));
    }

    @Test
    void aClaimRecordedAtTheDeskPutsAReturnOrderIntoReviewNow() {
        Place place = place();
        String person = person("NONE", "1993");
        String id =
                issue(person, order("return-preparation", place, Instant.now(), ALTERNATIVES, null))
                        .getString("id");
        Api.Reply checked =
                authority.put(
                        "people/" + person + "/protection",
                        "{\"state\":\"APPLICANT\",\"source\":\"asylum authority letter"
                                + " 2026/123\"}",
                        "If-Match",
                        etag(authority.get("people/" + person)));
        assertEquals(200, checked.status(), checked::toString);
        assertEquals("APPLICANT", checked.json().getJsonObject("protection").getString("state"));

        JsonObject order = authority.get("orders/" + id).json();
        assertEquals("REVIEW_NOW", order.getString("status"));
        assertEquals(
                "detention.grounds.while-claim-pending",
                order.getJsonObject("reviewNow").getString("rule"));
        assertTrue(
                authority.get("orders?status=REVIEW_NOW").array().stream()
                        .anyMatch(o -> o.asJsonObject().getString("id").equals(id)));
        assertEquals(
                "GROUND_LAPSED",
                order.getJsonObject("releaseDue").getString("reason"),
                "release is due as well: the ground lapsed");
    }

    @Test
    void anOrderDatedAheadOrInAnUnknownRoomIsRefusedNamingTheField() {
        Place place = place();
        String person = person("NOT_PENDING", "1985");
        Api.Reply ahead =
                authority.create(
                        "people/" + person + "/orders",
                        order(
                                "return-preparation",
                                place,
                                Instant.now().plus(Duration.ofDays(60)),
                                ALTERNATIVES,
                                null));
        assertProblem(ahead, 422, "validation-failed");
        assertTrue(ahead.raw().body().contains("startsAt"), ahead::toString);

        Api.Reply unknownRoom =
                authority.create(
                        "people/" + person + "/orders",
                        order("return-preparation", place, Instant.now(), ALTERNATIVES, null)
                                .replace(place.room, UUID.randomUUID().toString()));
        assertProblem(unknownRoom, 422, "validation-failed");
        assertTrue(unknownRoom.raw().body().contains("roomId"), unknownRoom::toString);
        assertEquals(0, authority.get("orders?personId=" + person).array().size());

        String id =
                issue(person, order("return-preparation", place, Instant.now(), ALTERNATIVES, null))
                        .getString("id");
        Api.Reply move =
                officer.post(
                        "orders/" + id + "/placement",
                        "{\"roomId\":\"" + UUID.randomUUID() + "\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertProblem(move, 422, "validation-failed");
        assertTrue(move.raw().body().contains("roomId"), move::toString);
    }

    @Test
    void aChildFoundAtTheDeskPutsTheOrderIntoReviewUntilBestInterestsReasonsRcdArt13_2() {
        Place place = place();
        String person = person("APPLICANT", "1990");
        String id =
                issue(person, order("identity", place, Instant.now(), ALTERNATIVES, null))
                        .getString("id");
        assertProblem(
                manager.put(
                        "people/" + person + "/child",
                        "{\"source\":\"age assessment report 2026/9\"}",
                        "If-Match",
                        "\"0\""),
                403,
                "forbidden");
        Api.Reply found =
                officer.put(
                        "people/" + person + "/child",
                        "{\"source\":\"age assessment report 2026/9\"}",
                        "If-Match",
                        etag(authority.get("people/" + person)));
        assertEquals(200, found.status(), found::toString);
        assertTrue(found.json().getBoolean("child"));

        JsonObject order = authority.get("orders/" + id).json();
        assertEquals("REVIEW_NOW", order.getString("status"));
        assertTrue(order.getBoolean("childDetained"));
        assertEquals("detention.children", order.getJsonObject("reviewNow").getString("rule"));

        Api.Reply noReasons =
                authority.post(
                        "orders/" + id + "/reviews",
                        "{\"kind\":\"ADMINISTRATIVE\",\"outcome\":\"CONTINUED\","
                                + "\"reasons\":\"the ground still holds\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertProblem(noReasons, 422, "rule-violated");
        assertEquals("detention.children", noReasons.json().getString("rule"));
        assertTrue(noReasons.json().getString("legalBasis").contains("Art 13(2)"));

        Api.Reply continued =
                authority.post(
                        "orders/" + id + "/reviews",
                        "{\"kind\":\"ADMINISTRATIVE\",\"outcome\":\"CONTINUED\","
                                + "\"reasons\":\"the ground still holds\","
                                + "\"bestInterestsReasons\":\"kept with her mother, who is"
                                + " held\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertEquals(200, continued.status(), continued::toString);
        assertEquals("ACTIVE", continued.json().getString("status"));
    }

    @Test
    void theReleaseIsDueAtOnceWhenACourtOrdersItAndEndsThePlacementWhenRecorded() {
        Place place = place();
        String person = person("NOT_PENDING", "1980");
        String id =
                issue(person, order("return-preparation", place, Instant.now(), ALTERNATIVES, null))
                        .getString("id");
        assertEquals(1, room(place).getJsonArray("people").size(), "placed by the order");
        Api.Reply ordered =
                clerk.post(
                        "orders/" + id + "/reviews",
                        "{\"kind\":\"JUDICIAL\",\"outcome\":\"RELEASE_ORDERED\",\"reasons\":\"no"
                                + " prospect of removal\",\"court\":\"Tribunal\","
                                + "\"decisionReference\":\"77/2026\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertEquals(200, ordered.status(), ordered::toString);
        assertEquals(
                "REVIEW_ORDERED", ordered.json().getJsonObject("releaseDue").getString("reason"));
        assertTrue(ordered.json().getBoolean("releaseOverdue"));

        // the officer records the release the court ordered
        Api.Reply released =
                officer.post(
                        "orders/" + id + "/release",
                        "{\"reason\":\"REVIEW_ORDERED\"}",
                        "If-Match",
                        etag(authority.get("orders/" + id)));
        assertEquals(200, released.status(), released::toString);
        assertEquals("RELEASED", released.json().getString("status"));
        assertFalse(released.json().containsKey("releaseDue"));
        assertFalse(released.json().getBoolean("releaseOverdue"));
        assertEquals(0, room(place).getJsonArray("people").size(), "the placement ended");
    }

    @Test
    void aBreachOfAnAlternativeIsAFactAndDetainsNoOne() {
        person("NONE", "1970"); // people without a border encounter are many
        String person = person("APPLICANT", "1996");
        Api.Reply alternative =
                authority.create(
                        "people/" + person + "/alternatives",
                        "{\"code\":\"reporting\",\"conditions\":\"Report every Monday.\","
                                + "\"reportingInterval\":\"P7D\"}");
        assertEquals(201, alternative.status(), alternative::toString);
        String id = alternative.json().getString("id");
        Api.Reply breach =
                officer.create("alternatives/" + id + "/compliance", "{\"kind\":\"BREACH\"}");
        assertEquals(201, breach.status(), breach::toString);
        JsonObject now = monitor.get("alternatives/" + id).json();
        assertEquals("ACTIVE", now.getString("status"));
        assertEquals(1, now.getJsonArray("compliance").size());
        assertEquals(0, authority.get("orders?personId=" + person).array().size());
    }

    // ---- helpers ----

    record Place(String facility, String room) {}

    private Place place() {
        Api.Reply created =
                manager.create(
                        "facilities",
                        "{\"kind\":\"PRE_REMOVAL_CENTRE\",\"name\":\"Orders centre "
                                + UUID.randomUUID()
                                + "\",\"location\":\"Via dei Monti 14, Roma\"}");
        assertEquals(201, created.status(), created::toString);
        String facility = created.json().getString("id");
        return new Place(facility, addRoom(facility, "A-" + UUID.randomUUID()));
    }

    private String addRoom(String facility, String label) {
        Api.Reply room =
                manager.create(
                        "facilities/" + facility + "/rooms",
                        "{\"label\":\""
                                + label
                                + "\",\"use\":\"MULTIPLE\",\"livingSpace\":16,"
                                + "\"wallDistance\":3,\"ceilingHeight\":2.8}");
        assertEquals(201, room.status(), room::toString);
        return room.json().getString("id");
    }

    private JsonObject room(Place place) {
        Api.Reply room = officer.get("rooms/" + place.room);
        assertEquals(200, room.status(), room::toString);
        return room.json();
    }

    private String person(String protection, String dateOfBirth) {
        Api.Reply created =
                authority.create(
                        "people",
                        "{\"surname\":\"Haddad\",\"givenNames\":\"Omar\",\"dateOfBirth\":\""
                                + dateOfBirth
                                + "\",\"sex\":\"M\",\"nationalities\":[\"SYR\"],"
                                + "\"protection\":{\"state\":\""
                                + protection
                                + "\",\"source\":\"asylum authority letter 2026/123\"}}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private JsonObject issue(String person, String body) {
        Api.Reply issued = authority.create("people/" + person + "/orders", body);
        assertEquals(201, issued.status(), issued::toString);
        return issued.json();
    }

    private static String order(
            String ground,
            Place place,
            Instant startsAt,
            List<String> considered,
            String bestInterests) {
        String alternatives =
                considered.stream()
                        .map(
                                code ->
                                        "{\"code\":\""
                                                + code
                                                + "\",\"whyInsufficient\":\"tried, did not"
                                                + " work\"}")
                        .collect(Collectors.joining(","));
        return "{\"groundCode\":\""
                + ground
                + "\",\"individualAssessment\":{\"necessity\":\"absconded twice\","
                + "\"proportionality\":\"two weeks at most\"},"
                + "\"alternativesConsidered\":["
                + alternatives
                + "],\"authority\":{\"kind\":\"ADMINISTRATIVE\",\"name\":\"Immigration Office\"},"
                + "\"startsAt\":\""
                + startsAt
                + "\",\"facilityId\":\""
                + place.facility
                + "\",\"roomId\":\""
                + place.room
                + "\""
                + (bestInterests == null
                        ? ""
                        : ",\"bestInterestsReasons\":\"" + bestInterests + "\"")
                + "}";
    }

    private static JsonObject clock(JsonObject order, String name) {
        return order.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The end of a calendar limit of days or months counted from the day after the start. */
    private static Instant endOf(Instant start, int days, int months) {
        LocalDate from = LocalDate.ofInstant(start, PROFILE_ZONE);
        return from.plusMonths(months)
                .plusDays(days)
                .plusDays(1)
                .atStartOfDay(PROFILE_ZONE)
                .toInstant();
    }

    private static String etag(Api.Reply read) {
        assertEquals(200, read.status(), read::toString);
        return read.header("ETag");
    }

    private static void assertProblem(Api.Reply reply, int status, String typeSuffix) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.json().getString("type").endsWith(typeSuffix), reply::toString);
        assertFalse(reply.raw().body().contains("Exception"), "no class names: " + reply);
    }
}
