package org.asylon.detention.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
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
 * The places and conditions API, black-box against the built WAR on Payara Micro (detention alone,
 * legal profile eu-pact-2026, see arquillian.xml): who may register, read and re-measure places
 * (monitors see every place and the number held, OPCAT Art 20(a)); capacity derived from the CPT
 * minimums and never accepted as input; idempotent registration; re-measuring under If-Match; stock
 * and flow parameters; confinement records refused for a person not placed. Placements themselves
 * are made by the orders area (and tested in plain JUnit here). One deployment; each test makes its
 * own facilities, so the tests run in any order and on a database kept from earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacesApiIT {

    @ArquillianResource URL base;

    Api manager;
    Api officer;
    Api authority;
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
        manager = authority.as("facility.manager");
        officer = authority.as("detention.officer");
        monitor = authority.as("monitor");
    }

    private String facility(String name) {
        Api.Reply created =
                manager.create(
                        "facilities",
                        "{\"kind\":\"PRE_REMOVAL_CENTRE\",\"name\":\""
                                + name
                                + "\",\"location\":\"Via dei Monti 14, Roma\","
                                + "\"operator\":\"Example Services Ltd\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String room(String label, String use, String space) {
        return "{\"label\":\""
                + label
                + "\",\"use\":\""
                + use
                + "\",\"livingSpace\":"
                + space
                + ",\"wallDistance\":2.5,\"ceilingHeight\":2.7}";
    }

    private JsonObject addRoom(String facility, String body) {
        Api.Reply created = manager.create("facilities/" + facility + "/rooms", body);
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").contains("/rooms/"), created::toString);
        return created.json();
    }

    // ---- who may do what ----

    @Test
    void roleMatrixMonitorsSeeEveryPlaceAndTheNumberHeld() {
        String id = facility("Role matrix centre " + UUID.randomUUID());
        String room = addRoom(id, room("R1", "MULTIPLE", "12")).getString("id");

        assertProblem(
                officer.create(
                        "facilities",
                        "{\"kind\":\"POLICE_CELL\",\"name\":\"x\",\"location\":\"y\"}"),
                403,
                "forbidden");
        assertProblem(
                authority.create("facilities/" + id + "/rooms", room("R2", "SINGLE", "7")),
                403,
                "forbidden");

        Api.Reply places = monitor.get("facilities");
        assertEquals(200, places.status(), places::toString);
        JsonObject mine =
                places.array().getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("id").equals(id))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Via dei Monti 14, Roma", mine.getString("location"));
        assertEquals(0, mine.getInt("held"));
        assertEquals(3, mine.getInt("capacity"));
        assertEquals(1, mine.getInt("roomCount"));
        assertFalse(mine.getBoolean("overcrowded"));
        assertFalse(mine.containsKey("rooms"), "the list carries no rooms");
        for (String reader :
                List.of(
                        "facility.manager",
                        "detention.officer",
                        "detention.authority",
                        "court.clerk",
                        "monitor.unhcr")) {
            assertEquals(200, authority.as(reader).get("facilities").status(), reader);
            assertEquals(200, authority.as(reader).get("facilities/" + id).status(), reader);
        }
        for (String reader : List.of("monitor", "detention.officer", "facility.manager")) {
            Api.Reply read = authority.as(reader).get("rooms/" + room);
            assertEquals(200, read.status(), read::toString);
            assertEquals(0, read.json().getJsonArray("people").size());
        }

        Api.Reply anonymous = authority.as(null).get("facilities");
        assertProblem(anonymous, 401, "not-authenticated");
        assertNotNull(anonymous.header("WWW-Authenticate"), "the 401 says how to sign in");
        assertProblem(authority.as("auditor").get("facilities"), 403, "forbidden");
        assertProblem(authority.as("auditor").get("rooms/" + room), 403, "forbidden");
        assertProblem(authority.as("feed.reader").get("facilities/" + id), 403, "forbidden");
        assertProblem(authority.as("court.clerk").get("rooms/" + room), 403, "forbidden");
        assertProblem(
                officer.get("facilities/" + id + "/figures?from=2026-11-01&to=2026-11-02"),
                403,
                "forbidden");
        assertProblem(officer.get("confinement/prolonged"), 403, "forbidden");
        assertProblem(
                manager.get("people/" + UUID.randomUUID() + "/confinement"), 403, "forbidden");
        assertEquals(200, monitor.get("confinement/prolonged").status());
        assertEquals(200, authority.get("confinement/prolonged").status());
    }

    // ---- capacity from the CPT minimums ----

    @Test
    void capacityIsDerivedFromTheMeasurementsAndNeverAcceptedAsInput() {
        String id = facility("Capacity centre " + UUID.randomUUID());
        Api.Reply typedIn =
                manager.create(
                        "facilities/" + id + "/rooms",
                        "{\"label\":\"B\",\"use\":\"MULTIPLE\",\"livingSpace\":12,"
                                + "\"wallDistance\":2.5,\"ceilingHeight\":2.7,\"capacity\":10}");
        assertProblem(typedIn, 400, "invalid-request");
        assertEquals(List.of("capacity"), fields(typedIn));

        JsonObject multi = addRoom(id, room("Dormitory", "MULTIPLE", "12"));
        assertEquals(3, multi.getInt("capacity"));
        assertFalse(multi.getBoolean("holdsNoOne"));
        assertEquals(0, multi.getJsonArray("shortfalls").size());

        JsonObject small = addRoom(id, room("Cell", "SINGLE", "5.9"));
        assertEquals(0, small.getInt("capacity"));
        assertTrue(small.getBoolean("holdsNoOne"));
        assertEquals(
                "detention.living-space.single",
                small.getJsonArray("shortfalls").getJsonObject(0).getString("rule"));

        Api.Reply place = monitor.get("facilities/" + id);
        assertEquals(200, place.status(), place::toString);
        assertNotNull(place.header("ETag"));
        assertEquals(3, place.json().getInt("capacity"));
        assertEquals(2, place.json().getJsonArray("rooms").size());

        // bad measurements name the field
        Api.Reply negative =
                manager.create("facilities/" + id + "/rooms", room("N", "SINGLE", "-1"));
        assertProblem(negative, 422, "validation-failed");
        assertEquals(List.of("livingSpace"), fields(negative));
        assertEquals(
                List.of("livingSpace"),
                fields(manager.create("facilities/" + id + "/rooms", room("H", "SINGLE", "5000"))));
        Api.Reply missing =
                manager.create(
                        "facilities/" + id + "/rooms",
                        "{\"label\":\"M\",\"use\":\"SINGLE\",\"livingSpace\":7,\"ceilingHeight\":2.7}");
        assertEquals(List.of("wallDistance"), fields(missing));
        assertProblem(
                manager.create("facilities/" + id + "/rooms", room("U", "DOUBLE", "7")),
                400,
                "invalid-request");
        Api.Reply nowhere =
                manager.create("facilities", "{\"kind\":\"POLICE_CELL\",\"name\":\"Cell block\"}");
        assertProblem(nowhere, 422, "validation-failed");
        assertEquals(List.of("location"), fields(nowhere));
        assertProblem(
                manager.create("facilities/no-such-facility/rooms", room("X", "SINGLE", "7")),
                404,
                "not-found");
    }

    @Test
    void aRetryWithTheSameKeyCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        String body =
                "{\"kind\":\"AIRPORT_HOLDING_ROOM\",\"name\":\"Retry "
                        + key
                        + "\",\"location\":\"Terminal 3\"}";
        Api.Reply first = manager.post("facilities", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = manager.post("facilities", body, "Idempotency-Key", key);
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotency-Replayed"));
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        long named =
                monitor.get("facilities").array().getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("name").equals("Retry " + key))
                        .count();
        assertEquals(1, named);
        assertProblem(
                manager.post(
                        "facilities",
                        body.replace("Terminal 3", "Terminal 1"),
                        "Idempotency-Key",
                        key),
                422,
                "idempotency-key-reused");
        assertProblem(manager.post("facilities", body), 400, "idempotency-key-required");
    }

    @Test
    void reMeasuringARoomNeedsTheVersionReadAndChangesItsCapacityEverywhere() {
        String id = facility("Re-measured centre " + UUID.randomUUID());
        String room = addRoom(id, room("B-12", "MULTIPLE", "12")).getString("id");
        Api.Reply read = manager.get("rooms/" + room);
        String tag = read.header("ETag");
        assertNotNull(tag, read::toString);

        assertProblem(
                manager.put("rooms/" + room, room("B-12", "MULTIPLE", "16.5")),
                428,
                "precondition-required");
        assertProblem(
                officer.put("rooms/" + room, room("B-12", "MULTIPLE", "16.5"), "If-Match", tag),
                403,
                "forbidden");
        Api.Reply changed =
                manager.put("rooms/" + room, room("B-12", "MULTIPLE", "16.5"), "If-Match", tag);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(4, changed.json().getInt("capacity"));
        assertFalse(tag.equals(changed.header("ETag")));
        assertEquals(4, monitor.get("facilities/" + id).json().getInt("capacity"));
        assertEquals(
                4,
                monitor.get("facilities").array().getValuesAs(JsonObject.class).stream()
                        .filter(f -> f.getString("id").equals(id))
                        .findFirst()
                        .orElseThrow()
                        .getInt("capacity"));
        assertProblem(
                manager.put("rooms/" + room, room("B-12", "MULTIPLE", "4"), "If-Match", tag),
                412,
                "precondition-failed");
        Api.Reply capacityField =
                manager.put(
                        "rooms/" + room,
                        room("B-12", "MULTIPLE", "4").replace("}", ",\"capacity\":1}"),
                        "If-Match",
                        changed.header("ETag"));
        assertProblem(capacityField, 400, "invalid-request");
        assertEquals(List.of("capacity"), fields(capacityField));

        // on the feed: the capacity before and after, and no name of the place
        JsonObject remeasured = event("org.asylon.detention.room-remeasured.v1", "rooms/" + room);
        assertEquals(3, remeasured.getJsonObject("data").getInt("capacityBefore"));
        assertEquals(4, remeasured.getJsonObject("data").getInt("capacityAfter"));
        JsonObject registered =
                event("org.asylon.detention.facility-registered.v1", "facilities/" + id);
        assertFalse(registered.toString().contains("Re-measured centre"), registered::toString);
        assertTrue(registered.getJsonObject("data").getBoolean("privatelyOperated"));
    }

    /** The event of a type about a subject, once the relay has numbered it into the feed. */
    private JsonObject event(String type, String subject) {
        Api feed = authority.as("feed.reader");
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            long after = 0;
            while (true) {
                Api.Reply page = feed.get("events?after=" + after + "&limit=500");
                assertEquals(200, page.status(), page::toString);
                List<JsonObject> events = page.array().getValuesAs(JsonObject.class);
                for (JsonObject e : events) {
                    if (e.getString("type").equals(type)
                            && e.getString("subject").equals(subject)) {
                        return e;
                    }
                }
                if (events.size() < 500) {
                    break;
                }
                after = Long.parseLong(events.get(events.size() - 1).getString("sequence"));
            }
            assertTrue(System.currentTimeMillis() < deadline, "no " + type + " about " + subject);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- stock and flow, and the overcrowded filter ----

    @Test
    void figuresAndFiltersNameABadParameter() {
        String id = facility("Figures centre " + UUID.randomUUID());
        Api.Reply figures =
                monitor.get("facilities/" + id + "/figures?from=2026-11-01&to=2026-11-03");
        assertEquals(200, figures.status(), figures::toString);
        assertEquals(3, figures.json().getJsonArray("days").size());
        assertEquals(0, figures.json().getInt("heldAtEnd"));
        assertEquals("Europe/Brussels", figures.json().getString("zone"));

        String path = "facilities/" + id + "/figures";
        assertEquals(List.of("from"), fields(monitor.get(path + "?from=1.11.2026&to=2026-11-03")));
        assertEquals(List.of("from"), fields(monitor.get(path + "?to=2026-11-03")));
        assertEquals(List.of("to"), fields(monitor.get(path + "?from=2026-11-03&to=2026-11-01")));
        Api.Reply tooLong = monitor.get(path + "?from=2025-01-01&to=2026-11-01");
        assertProblem(tooLong, 400, "invalid-request");
        assertEquals(List.of("to"), fields(tooLong));
        assertProblem(
                monitor.get("facilities/no-such/figures?from=2026-11-01&to=2026-11-02"),
                404,
                "not-found");

        assertEquals(List.of("overcrowded"), fields(monitor.get("facilities?overcrowded=maybe")));
        assertTrue(
                monitor
                        .get("facilities?overcrowded=false")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(f -> f.getString("id").equals(id)));
        assertTrue(
                monitor
                        .get("facilities?overcrowded=true")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .noneMatch(f -> f.getString("id").equals(id)));
    }

    // ---- conditions of detention ----

    @Test
    void confinementIsRecordedOnlyForAPersonPlacedNowAndReadByMonitors() {
        String person = UUID.randomUUID().toString();
        String path = "people/" + person + "/confinement-days";
        assertProblem(
                officer.create(
                        path,
                        "{\"date\":\"2026-11-20\",\"hoursWithoutMeaningfulContact\":22,"
                                + "\"authorisedBy\":\"Director\"}"),
                409,
                "conflict");
        Api.Reply tooMany =
                officer.create(
                        path, "{\"date\":\"2026-11-20\",\"hoursWithoutMeaningfulContact\":25}");
        assertProblem(tooMany, 422, "validation-failed");
        assertEquals(List.of("hoursWithoutMeaningfulContact"), fields(tooMany));
        assertEquals(
                List.of("date"),
                fields(officer.create(path, "{\"hoursWithoutMeaningfulContact\":3}")));
        assertProblem(
                monitor.create(
                        path, "{\"date\":\"2026-11-20\",\"hoursWithoutMeaningfulContact\":3}"),
                403,
                "forbidden");
        assertProblem(officer.get(path + "/20-11-2026"), 400, "invalid-request");
        assertProblem(officer.get(path + "/2026-11-20"), 404, "not-found");

        Api.Reply record = monitor.get("people/" + person + "/confinement");
        assertEquals(200, record.status(), record::toString);
        assertEquals(0, record.json().getJsonArray("days").size());
        assertEquals(22, record.json().getInt("solitaryDailyHours"));
        assertEquals(15, record.json().getInt("prolongedDaysLimit"));
        assertFalse(record.json().getBoolean("prolonged"));
        assertTrue(record.json().getString("prolongedBasis").contains("43(1)(b)"));
    }

    private static List<String> fields(Api.Reply reply) {
        assertNotNull(reply.json().getJsonArray("errors"), reply::toString);
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toList());
    }

    private static void assertProblem(Api.Reply reply, int status, String typeSuffix) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.json().getString("type").endsWith(typeSuffix), reply::toString);
        assertFalse(reply.raw().body().contains("Exception"), "no class names: " + reply);
    }
}
