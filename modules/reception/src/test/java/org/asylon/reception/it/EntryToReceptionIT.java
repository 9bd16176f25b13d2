package org.asylon.reception.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * From the border into reception through the entry module's feed, with the two modules as two
 * servers that are each killed and restarted in between: every person referred arrives once, no one
 * else arrives, and the asylum referral cannot be left out by an officer. Reception also runs
 * alone.
 *
 * <p>Process-based ({@code MicroProcess}), not Arquillian, on purpose: the test needs two servers
 * that it kills and restarts independently, mid-feed, which one Arquillian-managed container cannot
 * do. Every other API test of reception is in {@link ReceptionApiIT}, on one shared Arquillian
 * deployment.
 */
class EntryToReceptionIT {

    private static final Path ENTRY_WAR = Path.of(System.getProperty("entry.war"));
    private static final Path RECEPTION_WAR = Path.of(System.getProperty("reception.war"));

    @Test
    void everyPersonReferredFromTheBorderArrivesExactlyOnceAcrossRestartsOfBothSides()
            throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (MicroProcess entry =
                new MicroProcess(Files.createTempDirectory(tmp, "entry"))
                        .deploying("entry", ENTRY_WAR)) {
            entry.start();
            try (MicroProcess reception =
                    new MicroProcess(
                                    Files.createTempDirectory(tmp, "reception"),
                                    "asylon.feed.entry.url=" + entry.moduleUrl(),
                                    "asylon.feed.entry.user=feed.reader",
                                    "asylon.feed.entry.password=" + Api.PASSWORD,
                                    "asylon.feed.entry.interval=PT0.2S",
                                    "asylon.feed.entry.backoff-max=PT1S")
                            .deploying("reception", RECEPTION_WAR)) {
                reception.start();
                Api officer = new Api(entry.base(), "border.officer");
                Api clerk = new Api(reception.base(), "reception.officer");
                List<String> expected = new ArrayList<>();
                expected.add(register(officer, "Tesfay", true, false));
                expected.add(register(officer, "Warsame", false, true));
                String regular = register(officer, "Traveller", false, false);
                String referredLater = register(officer, "Khan", false, false);
                List<String> family = family(officer);
                expected.addAll(family);
                awaitArrivals(clerk, expected);

                reception.kill();
                expected.add(register(officer, "Haddad", true, false));
                JsonObject khan = officer.get("encounters/" + referredLater).json();
                assertEquals(
                        200,
                        officer.put(
                                        "encounters/" + referredLater + "/outcome",
                                        "{\"outcome\":\"REFERRED_TO_RECEPTION\"}",
                                        "If-Match",
                                        "\"" + khan.getInt("version") + "\"")
                                .status());
                expected.add(referredLater);
                reception.start();
                awaitArrivals(clerk, expected);

                entry.kill();
                Thread.sleep(
                        1500); // the follower meets a closed port and backs off; reception keeps
                // working
                assertEquals(200, clerk.get("arrivals").status());
                entry.start();
                expected.add(register(officer, "Rahimi", true, false));
                // issue 10 (2.1, 2.3): the border's referral to child protection, an estimated age,
                // a boat
                String yusuf =
                        register(
                                officer,
                                encounterBody("Yusuf", false, false)
                                        .replace(
                                                "\"statedSurname\"",
                                                "\"dateOfBirth\":\"2014\",\"dateOfBirthEstimated\":true,\"statedSurname\""));
                JsonObject atBorder = officer.get("encounters/" + yusuf).json();
                assertEquals(
                        200,
                        officer.put(
                                        "encounters/" + yusuf + "/outcome",
                                        "{\"outcome\":\"REFERRED_TO_CHILD_PROTECTION\"}",
                                        "If-Match",
                                        "\"" + atBorder.getInt("version") + "\"")
                                .status());
                expected.add(yusuf);
                List<String> boat = boat(officer);
                expected.addAll(boat);
                List<JsonObject> arrivals = awaitArrivals(clerk, expected);

                assertEquals(
                        expected.size(),
                        arrivals.size(),
                        "no one arrived twice, no one else arrived");
                assertFalse(
                        sources(arrivals).contains(regular),
                        "a regular crossing is not reception's case");
                JsonObject tesfay = bySource(arrivals, expected.get(0));
                assertEquals(
                        "ASYLUM_PROCEDURE",
                        tesfay.getJsonArray("referrals").getJsonObject(0).getString("channel"));
                assertTrue(bySource(arrivals, expected.get(1)).getBoolean("unaccompaniedChild"));
                JsonObject referredChild = bySource(arrivals, yusuf);
                assertEquals(
                        List.of("CHILD_PROTECTION"),
                        referredChild
                                .getJsonArray("referrals")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .map(r -> r.getString("channel"))
                                .toList(),
                        "the border's referral arrived with the child");
                assertEquals("2014", referredChild.getString("dateOfBirth"));
                assertTrue(
                        referredChild.getBoolean("dateOfBirthEstimated"),
                        "an estimate stays an estimate");
                JsonObject first =
                        clerk.get("arrivals/" + bySource(arrivals, boat.get(0)).getString("id"))
                                .json();
                assertEquals(
                        List.of(boat.get(1)),
                        first.getJsonArray("companions").getValuesAs(JsonObject.class).stream()
                                .map(c -> c.getString("sourceEncounterId"))
                                .toList(),
                        "boat companions, not a household");
                assertEquals(
                        0,
                        clerk.get("households?arrivalId=" + first.getString("id")).array().size());
                JsonArray found = clerk.get("arrivals?sourceEncounterId=" + yusuf).array();
                assertEquals(1, found.size(), "a person followed from the border by entry's id");
                assertEquals(referredChild.getString("id"), found.getJsonObject(0).getString("id"));

                // the border's family became one household, head first, in the arrivals'
                // transactions
                String head = bySource(arrivals, family.get(0)).getString("id");
                String child = bySource(arrivals, family.get(1)).getString("id");
                JsonArray households = clerk.get("households?arrivalId=" + child).array();
                assertEquals(1, households.size(), households::toString);
                assertEquals(head, households.getJsonObject(0).getString("focalPoint"));
                assertEquals(
                        2,
                        households.getJsonObject(0).getJsonArray("members").size(),
                        households::toString);

                // profiling is not status determination: the asylum referral cannot be replaced
                String etag = "\"" + tesfay.getInt("version") + "\"";
                Api.Reply replaced =
                        clerk.put(
                                "arrivals/" + tesfay.getString("id") + "/referrals",
                                "{\"channels\":[\"ASSISTED_VOLUNTARY_RETURN\"],\"reason\":\"profile suggests economic motives\"}",
                                "If-Match",
                                etag);
                assertEquals(422, replaced.status(), replaced::toString);
                assertTrue(replaced.json().getString("type").endsWith("rule-violated"));
                Api.Reply added =
                        clerk.put(
                                "arrivals/" + tesfay.getString("id") + "/referrals",
                                "{\"channels\":[\"ASYLUM_PROCEDURE\",\"MEDICAL_PSYCHOSOCIAL\"],\"reason\":\"counselling\"}",
                                "If-Match",
                                etag);
                assertEquals(200, added.status(), added::toString);
                assertEquals(2, added.json().getJsonArray("referrals").size());
                assertEquals(
                        403,
                        clerk.as("border.officer").get("arrivals").status(),
                        "border officials are not reception");
                assertEquals(401, clerk.as(null).get("arrivals").status());
            }
        }
    }

    @Test
    void receptionRunsAloneWithPeopleRegisteredAtTheDesk() throws Exception {
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "reception-alone");
        try (MicroProcess reception =
                new MicroProcess(data).deploying("reception", RECEPTION_WAR)) {
            reception.start();
            Api clerk = new Api(reception.base(), "reception.officer");
            Api.Reply walkIn =
                    clerk.create(
                            "arrivals",
                            "{\"surname\":\"Nazari\",\"givenNames\":\"Maryam\",\"nationalities\":[\"IRN\"],\"languages\":[\"pes\"],"
                                    + "\"asylumRequested\":true}");
            assertEquals(201, walkIn.status(), walkIn::toString);
            assertEquals("RECEPTION", walkIn.json().getString("asylumRequestedWhere"));
            assertEquals(
                    "ASYLUM_PROCEDURE",
                    walkIn.json().getJsonArray("referrals").getJsonObject(0).getString("channel"));
            JsonArray events = clerk.as("feed.reader").get("events?after=0").array();
            assertEquals(2, events.size(), "arrival-registered and referral-made: " + events);
        }
    }

    private static String register(Api officer, String surname, boolean protection, boolean child) {
        return register(officer, encounterBody(surname, protection, child));
    }

    private static String register(Api officer, String body) {
        Api.Reply created = officer.create("encounters", body);
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    /** Two people rescued from one boat, both asking for protection: companions. */
    private static List<String> boat(Api officer) {
        Api.Reply created =
                officer.create(
                        "groups",
                        "{\"kind\":\"BOAT\",\"label\":\"Rubber boat 7\",\"members\":["
                                + "{\"encounter\":"
                                + encounterBody("Osman", true, false)
                                + "},{\"encounter\":"
                                + encounterBody("Faraj", true, false)
                                + "}]}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id"))
                .toList();
    }

    private static String encounterBody(String surname, boolean protection, boolean child) {
        return "{\"kind\":\"RESCUE_AT_SEA\",\"occurredAt\":\"2026-11-21T05:00:00Z\",\"person\":{\"statedSurname\":\""
                + surname
                + "\",\"nationalities\":[\"ERI\"],\"languages\":[\"tir\"]},\"unaccompaniedChild\":"
                + child
                + (protection ? ",\"protectionRequested\":{\"words\":\"asylum\"}" : "")
                + "}";
    }

    /** A family registered together at the border, both asking for protection: head, then child. */
    private static List<String> family(Api officer) {
        String head = encounterBody("Haidari", true, false);
        String child =
                encounterBody("Haidari", true, false)
                        .replace(
                                "\"statedSurname\":\"Haidari\"",
                                "\"statedSurname\":\"Haidari\",\"dateOfBirth\":\"2015-03-02\"");
        Api.Reply created =
                officer.create(
                        "groups",
                        "{\"kind\":\"FAMILY\",\"label\":\"Haidari family\",\"members\":["
                                + "{\"role\":\"head\",\"encounter\":"
                                + head
                                + "},{\"role\":\"child\",\"encounter\":"
                                + child
                                + "}]}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id"))
                .toList();
    }

    private static List<JsonObject> awaitArrivals(Api clerk, List<String> encounters)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<JsonObject> arrivals = List.of();
        while (Instant.now().isBefore(deadline)) {
            arrivals = clerk.get("arrivals?limit=500").array().getValuesAs(JsonObject.class);
            if (sources(arrivals).containsAll(encounters)) {
                return arrivals;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("arrivals for " + encounters + " not all there: " + arrivals);
    }

    private static Set<String> sources(List<JsonObject> arrivals) {
        Set<String> ids = new HashSet<>();
        arrivals.forEach(a -> ids.add(a.getString("sourceEncounterId", "")));
        return ids;
    }

    private static JsonObject bySource(List<JsonObject> arrivals, String encounter) {
        return arrivals.stream()
                .filter(a -> encounter.equals(a.getString("sourceEncounterId", "")))
                .findFirst()
                .orElseThrow();
    }
}
