package org.asylon.reception.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * Households through the API on reception alone: create at the desk, split a mother and child off,
 * merge them back (family reunification) with If-Match, history and child flags; roles enforced.
 */
class HouseholdsIT {

    private static final Path RECEPTION_WAR = Path.of(System.getProperty("reception.war"));

    @Test
    void createSplitMergeWithHistoryIfMatchAndRoles() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "reception-households");
        try (MicroProcess reception = new MicroProcess(data).deploying("reception", RECEPTION_WAR)) {
            reception.start();
            Api clerk = new Api(reception.base(), "reception.officer");
            String father = arrival(clerk, "1980");
            String mother = arrival(clerk, "1984");
            String son = arrival(clerk, "2015");
            String nephew = arrival(clerk, "2012");

            Api.Reply twoHeads = clerk.create("households", "{\"kind\":\"HOUSEHOLD\",\"label\":\"Haddad\",\"members\":["
                    + member(father, "FOCAL_POINT") + "," + member(mother, "FOCAL_POINT") + "]}");
            assertEquals(422, twoHeads.status(), twoHeads::toString);
            assertEquals("reception.household-focal-point", twoHeads.json().getString("rule"));

            Api.Reply created = clerk.create("households", "{\"kind\":\"HOUSEHOLD\",\"label\":\"Haddad\",\"members\":["
                    + member(father, "FOCAL_POINT") + "," + member(mother, "SPOUSE") + "," + member(son, "CHILD") + "]}");
            assertEquals(201, created.status(), created::toString);
            String id = created.json().getString("id");
            assertTrue(created.header("Location").endsWith("households/" + id));

            Api.Reply noIfMatch = clerk.post("households/" + id + "/members", member(nephew, "OTHER_RELATIVE"));
            assertEquals(428, noIfMatch.status(), noIfMatch::toString);
            Api.Reply added = clerk.post("households/" + id + "/members", member(nephew, "OTHER_RELATIVE"),
                    "If-Match", etag(clerk, id));
            assertEquals(200, added.status(), added::toString);
            String afterAdd = added.header("ETag");

            Api.Reply split = clerk.post("households/" + id + "/split", "{\"members\":[" + member(mother, "FOCAL_POINT")
                    + "," + member(son, "CHILD") + "],\"label\":\"Haddad, mother\"}", "If-Match", afterAdd);
            assertEquals(201, split.status(), split::toString);
            String splitId = split.json().getString("id");
            JsonObject rest = clerk.get("households/" + id).json();
            assertEquals(2, rest.getJsonArray("members").size());
            assertTrue(member(rest, nephew).getBoolean("separatedChild"), "nephew with his uncle only: separated");
            assertEquals("WITH_PARENT", member(split.json(), son).getString("child"));

            Api.Reply stale = clerk.post("households/" + id + "/merge", "{\"householdId\":\"" + splitId + "\"}",
                    "If-Match", afterAdd);
            assertEquals(412, stale.status(), stale::toString);
            Api.Reply merged = clerk.post("households/" + id + "/merge", "{\"householdId\":\"" + splitId
                    + "\",\"relationships\":[" + member(mother, "SPOUSE") + "," + member(son, "CHILD") + "]}",
                    "If-Match", etag(clerk, id));
            assertEquals(200, merged.status(), merged::toString);
            assertEquals(4, merged.json().getJsonArray("members").size());
            assertEquals(father, merged.json().getString("focalPoint"));
            assertEquals("[\"CREATED\",\"MEMBER_ADDED\",\"SPLIT_OFF\",\"MERGED_IN\"]", merged.json().getJsonArray("history")
                    .stream().map(c -> "\"" + c.asJsonObject().getString("action") + "\"").toList().toString().replace(" ", ""));
            JsonObject gone = clerk.get("households/" + splitId).json();
            assertEquals("MERGED", gone.getString("status"));
            assertEquals(id, gone.getString("mergedInto"));

            Api.Reply twice = clerk.create("households", "{\"kind\":\"HOUSEHOLD\",\"members\":[" + member(son, "FOCAL_POINT") + "]}");
            assertEquals(422, twice.status(), "one group per person: " + twice);
            assertEquals(1, clerk.get("households?arrivalId=" + son).array().size());

            String types = clerk.as("feed.reader").get("events?after=0").array().toString();
            assertTrue(types.contains("household-created.v1") && types.contains("household-split.v1")
                    && types.contains("household-merged.v1") && types.contains("household-changed.v1"), types);
            assertEquals(403, clerk.as("border.officer").get("households").status());
            assertEquals(401, clerk.as(null).get("households").status());
        }
    }

    private static String arrival(Api clerk, String born) {
        Api.Reply r = clerk.create("arrivals", "{\"surname\":\"Haddad\",\"dateOfBirth\":\"" + born + "\"}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static String member(String arrivalId, String relationship) {
        return "{\"arrivalId\":\"" + arrivalId + "\",\"relationship\":\"" + relationship + "\"}";
    }

    private static JsonObject member(JsonObject household, String arrivalId) {
        return household.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("arrivalId").equals(arrivalId)).findFirst().orElseThrow();
    }

    private static String etag(Api clerk, String id) {
        return clerk.get("households/" + id).header("ETag");
    }
}
