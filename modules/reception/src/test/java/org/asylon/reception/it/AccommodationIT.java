package org.asylon.reception.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * Accommodation through the API of reception running alone, as a reception officer: facilities
 * with live occupancy, allocation, a household transfer, each placement rule refused with its name,
 * and the emergency override visible on the allocation and on the audit trail.
 */
class AccommodationIT {

    private static final Path RECEPTION_WAR = Path.of(System.getProperty("reception.war"));

    @Test
    void allocationsFollowThePlacementRules() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "accommodation");
        try (MicroProcess reception = new MicroProcess(data).deploying("reception", RECEPTION_WAR)) {
            reception.start();
            Api officer = new Api(reception.base(), "reception.officer");

            String centre = facility(officer, "RECEPTION_CENTRE", "Hotspot Nord", "{\"FAMILY\":3,\"ADULT_MALE\":1,\"CHILD\":2}");
            String transit = facility(officer, "TRANSIT_SITE", "Transit Sud", "{\"FAMILY\":4}");
            String safeHouse = facility(officer, "SAFE_HOUSE", "Casa Aurora", "{\"ADULT_FEMALE\":2}");
            assertEquals(403, officer.as("border.officer").get("facilities").status(), "border officials do not allocate");
            assertEquals(422, officer.create("facilities",
                    "{\"kind\":\"TRANSIT_SITE\",\"name\":\"X\",\"places\":{\"TENT\":3}}").status(), "unknown place type");

            // families stay together, and move together
            String mother = arrival(officer, "Tesfay", "");
            String son = arrival(officer, "Tesfay", "");
            assertEquals(201, allocate(officer, mother, centre, "FAMILY", "\"householdId\":\"hh-1\"").status());
            assertRefused("reception.accommodation.family-unity",
                    allocate(officer, son, transit, "FAMILY", "\"householdId\":\"hh-1\""));
            assertEquals(201, allocate(officer, son, centre, "FAMILY", "\"householdId\":\"hh-1\"").status());
            assertEquals(2, places(officer, centre, "FAMILY").getInt("occupied"), "occupancy in real time");

            Api.Reply current = officer.get("arrivals/" + mother + "/allocation");
            assertEquals(428, officer.post("arrivals/" + mother + "/allocation/transfer",
                    "{\"facilityId\":\"" + transit + "\",\"placeType\":\"FAMILY\"}").status());
            Api.Reply moved = officer.post("arrivals/" + mother + "/allocation/transfer",
                    "{\"facilityId\":\"" + transit + "\",\"placeType\":\"FAMILY\",\"reason\":\"school nearby\"}",
                    "If-Match", current.header("ETag"));
            assertEquals(200, moved.status(), moved::toString);
            assertEquals(transit, officer.get("arrivals/" + son + "/allocation").json().getString("facilityId"));
            assertEquals(0, places(officer, centre, "FAMILY").getInt("occupied"));
            assertEquals(2, places(officer, transit, "FAMILY").getInt("occupied"));
            assertEquals(2, officer.get("arrivals/" + mother + "/allocation/history").array().size());
            assertEquals(412, officer.post("arrivals/" + mother + "/allocation/transfer",
                    "{\"facilityId\":\"" + centre + "\",\"placeType\":\"FAMILY\"}", "If-Match", current.header("ETag"))
                    .status(), "an ETag read before the transfer is stale");

            // unaccompanied children only in child places; trafficking survivors only in safe houses
            String child = officer.create("arrivals", "{\"surname\":\"Warsame\",\"unaccompaniedChild\":true}").json()
                    .getString("id");
            assertRefused("reception.accommodation.child-appropriate-place",
                    allocate(officer, child, centre, "ADULT_MALE", null));
            assertEquals(201, allocate(officer, child, centre, "CHILD", null).status());
            String survivor = arrival(officer, "Okafor", "POSSIBLE_VICTIM_OF_TRAFFICKING");
            assertRefused("reception.accommodation.safe-house", allocate(officer, survivor, transit, "FAMILY", null));
            assertEquals(201, allocate(officer, survivor, safeHouse, "ADULT_FEMALE", null).status());

            // over capacity only with an emergency override, audited and visible
            assertEquals(201, allocate(officer, arrival(officer, "Haddad", ""), centre, "ADULT_MALE", null).status());
            String late = arrival(officer, "Rahimi", "");
            assertRefused("reception.accommodation.capacity", allocate(officer, late, centre, "ADULT_MALE", null));
            Api.Reply overridden = allocate(officer, late, centre, "ADULT_MALE",
                    "\"emergencyOverrideReason\":\"night landing, 300 people, no other place\"");
            assertEquals(201, overridden.status(), overridden::toString);
            assertTrue(overridden.json().getBoolean("emergencyOverride"));
            assertEquals(1, places(officer, centre, "ADULT_MALE").getInt("overCapacity"));
            List<JsonObject> audit = officer.as("auditor").get("audit?limit=1000").array().getValuesAs(JsonObject.class);
            assertTrue(audit.stream().anyMatch(r -> r.getString("action").equals("accommodation.capacity-overridden")
                    && r.getString("recordId").equals(late) && r.getString("details").contains("night landing")), audit::toString);

            List<JsonObject> events = officer.as("feed.reader").get("events?after=0&limit=1000").array()
                    .getValuesAs(JsonObject.class);
            List<JsonObject> allocated = events.stream()
                    .filter(e -> e.getString("type").equals("org.asylon.reception.allocated.v1")).toList();
            assertEquals(8, allocated.size(), "2 + 2 moved + child + survivor + 2 men");
            assertTrue(allocated.stream().noneMatch(e -> e.toString().contains("Rahimi")), "no names in the event");
        }
    }

    private static String facility(Api officer, String kind, String name, String places) {
        Api.Reply created = officer.create("facilities",
                "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"location\":\"Island\",\"places\":" + places + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String arrival(Api officer, String surname, String need) {
        Api.Reply created = officer.create("arrivals", "{\"surname\":\"" + surname + "\""
                + (need.isEmpty() ? "" : ",\"specificNeeds\":[\"" + need + "\"]") + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static Api.Reply allocate(Api officer, String arrival, String facility, String type, String more) {
        return officer.create("arrivals/" + arrival + "/allocation", "{\"facilityId\":\"" + facility
                + "\",\"placeType\":\"" + type + "\"" + (more == null ? "" : "," + more) + "}");
    }

    private static JsonObject places(Api officer, String facility, String type) {
        return officer.get("facilities/" + facility).json().getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("placeType").equals(type)).findFirst().orElseThrow();
    }

    private static void assertRefused(String rule, Api.Reply reply) {
        assertEquals(422, reply.status(), reply::toString);
        assertTrue(reply.json().getString("type").endsWith("rule-violated"), reply::toString);
        assertEquals(rule, reply.json().getString("rule"), reply::toString);
    }
}
