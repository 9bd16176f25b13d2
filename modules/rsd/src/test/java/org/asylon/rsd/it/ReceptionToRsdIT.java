package org.asylon.rsd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * From reception into RSD through reception's feed, with the two modules as two servers, each
 * killed and restarted while people keep arriving: every person referred to the asylum procedure
 * has exactly one application (and one claim-pending event on RSD's feed), no one else has one, and
 * what reception assessed reaches the application, while RSD content written on such an application
 * stays in RSD. RSD also runs alone.
 */
class ReceptionToRsdIT {

    private static final Path RECEPTION_WAR = Path.of(System.getProperty("reception.war"));
    private static final Path RSD_WAR = Path.of(System.getProperty("rsd.war"));

    @Test
    void everyPersonReferredToTheAsylumProcedureHasExactlyOneApplicationAcrossRestartsOfBothSides()
            throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (MicroProcess reception =
                new MicroProcess(Files.createTempDirectory(tmp, "reception"))
                        .deploying("reception", RECEPTION_WAR)) {
            reception.start();
            try (MicroProcess rsd =
                    new MicroProcess(
                                    Files.createTempDirectory(tmp, "rsd"),
                                    "asylon.feed.reception.url=" + reception.moduleUrl(),
                                    "asylon.feed.reception.user=feed.reader",
                                    "asylon.feed.reception.password=" + Api.PASSWORD,
                                    "asylon.feed.reception.interval=PT0.2S",
                                    "asylon.feed.reception.backoff-max=PT1S")
                            .deploying("rsd", RSD_WAR)) {
                rsd.start();
                Api clerk = new Api(reception.base(), "reception.officer");
                Api officer = new Api(rsd.base(), "eligibility.officer");
                List<String> referred = new ArrayList<>();
                List<String> notReferred = new ArrayList<>();

                String survivor = walkIn(clerk, "Haile", true, false);
                referred.add(survivor);
                String child = walkIn(clerk, "Warsame", true, true);
                referred.add(child);
                notReferred.add(walkIn(clerk, "Traveller", false, false));
                // assessed first, asks for asylum later: the assessment waits for the application
                String assessedFirst = walkIn(clerk, "Ahmadi", false, false);
                assess(clerk, assessedFirst, "SERIOUS_MEDICAL_CONDITION");
                requestAsylum(clerk, assessedFirst);
                referred.add(assessedFirst);
                awaitApplications(officer, referred);

                // RSD goes down hard in the middle of following, and reception keeps registering
                for (int i = 0; i < 6; i++) {
                    referred.add(walkIn(clerk, "Burst" + i, true, false));
                    if (i == 1) {
                        rsd.kill();
                    }
                }
                notReferred.add(walkIn(clerk, "Visitor", false, false));
                assess(
                        clerk,
                        survivor,
                        "SURVIVOR_OF_TORTURE_OR_VIOLENCE"); // after the application opened
                rsd.start();
                awaitApplications(officer, referred);

                reception.kill();
                Thread.sleep(
                        1500); // the follower meets a closed port and backs off; RSD keeps working
                assertEquals(200, officer.get("applications").status());
                reception.start();
                referred.add(walkIn(clerk, "Rahimi", true, false));
                notReferred.add(walkIn(clerk, "Guest", false, false));
                List<JsonObject> applications = awaitApplications(officer, referred);

                Map<String, List<JsonObject>> byArrival =
                        applications.stream()
                                .collect(
                                        Collectors.groupingBy(
                                                a -> a.getString("sourceArrivalId", "")));
                for (String arrival : referred) {
                    assertEquals(
                            1,
                            byArrival.get(arrival).size(),
                            "exactly one application for " + arrival);
                }
                assertEquals(
                        referred.size(), applications.size(), "no one else has an application");
                notReferred.forEach(
                        a -> assertFalse(byArrival.containsKey(a), "not referred to asylum: " + a));

                JsonObject haile = byArrival.get(survivor).get(0);
                assertEquals("RECEPTION", haile.getString("madeWhere"));
                assertEquals(
                        Instant.parse(
                                clerk.get("arrivals/" + survivor)
                                        .json()
                                        .getString("asylumRequestedAt")),
                        Instant.parse(haile.getString("madeAt")),
                        "made when the wish was expressed");
                assertEquals("Haile", haile.getString("surname"));
                awaitFlags(
                        officer,
                        survivor,
                        List.of("TR")); // reception publishes the suite's code for the need
                JsonObject ahmadi = byArrival.get(assessedFirst).get(0);
                assertEquals(List.of("SM"), strings(ahmadi, "vulnerabilities"));
                assertTrue(ahmadi.getBoolean("priority"));
                assertTrue(byArrival.get(child).get(0).getBoolean("unaccompaniedChild"));
                assertFalse(
                        byArrival
                                .get(referred.get(referred.size() - 1))
                                .get(0)
                                .getBoolean("priority"));

                Map<String, Integer> pending =
                        awaitClaimsPending(officer.as("feed.reader"), referred.size());
                referred.forEach(
                        a ->
                                assertEquals(
                                        1,
                                        pending.getOrDefault(a, 0),
                                        "one claim-pending event for " + a));

                rsdContentStaysInRsd(
                        clerk, officer, byArrival.get(survivor).get(0).getString("id"));
            }
        }
    }

    @Test
    void rsdRunsAloneWithApplicationsMadeAtTheDesk() throws Exception {
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "rsd-alone");
        try (MicroProcess rsd = new MicroProcess(data).deploying("rsd", RSD_WAR)) {
            rsd.start();
            Api officer = new Api(rsd.base(), "eligibility.officer");
            Api.Reply made =
                    officer.create(
                            "applications",
                            "{\"surname\":\"Nazari\",\"givenNames\":\"Maryam\","
                                    + "\"nationalities\":[\"AFG\"],\"languages\":[\"prs\"]}");
            assertEquals(201, made.status(), made::toString);
            assertEquals("RSD_DESK", made.json().getString("madeWhere"));
            assertEquals(1, officer.get("applications").array().size());
            List<JsonObject> events =
                    officer.as("feed.reader")
                            .get("events?after=0")
                            .array()
                            .getValuesAs(JsonObject.class);
            assertTrue(
                    events.stream()
                            .anyMatch(
                                    e ->
                                            e.getString("type")
                                                    .equals("org.asylon.rsd.claim-pending.v1")),
                    events::toString);
        }
    }

    /**
     * No RSD content in any other module's API: an interview record written on an application that
     * came through the feed, with a marker in the applicant's statement, is readable in RSD by the
     * file holder and appears neither on RSD's feed nor anywhere in reception's API (its feed and
     * its arrivals).
     */
    private static void rsdContentStaysInRsd(Api clerk, Api officer, String applicationId) {
        String marker = "MARKER-" + UUID.randomUUID();
        Api supervisor = officer.as("rsd.supervisor");
        String etag = supervisor.get("applications/" + applicationId).header("ETag");
        assertEquals(
                200,
                supervisor
                        .put(
                                "applications/" + applicationId + "/holders",
                                "{\"officer\":\"eligibility.officer\"}",
                                "If-Match",
                                etag)
                        .status());
        Api.Reply registered =
                officer.post(
                        "applications/" + applicationId + "/registration",
                        "{}",
                        "If-Match",
                        supervisor.get("applications/" + applicationId).header("ETag"));
        assertEquals(200, registered.status(), registered::toString);
        String interviewer = "interviewer-" + UUID.randomUUID();
        assertEquals(
                201,
                supervisor
                        .create(
                                "interviewers",
                                "{\"userName\":\""
                                        + interviewer
                                        + "\",\"gender\":\"F\",\"languages\":[\"tir\"]}")
                        .status());
        // entered after the fact (it ended before it was booked); the record starts at the booked
        // time
        Instant at = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        Api.Reply booked =
                supervisor.create(
                        "applications/" + applicationId + "/interviews",
                        "{\"at\":\""
                                + at
                                + "\",\"durationMinutes\":60,\"location\":\"Room 1\",\"interviewer\":\""
                                + interviewer
                                + "\",\"alreadyHeld\":true}");
        assertEquals(201, booked.status(), booked::toString);
        String record =
                "applications/"
                        + applicationId
                        + "/interviews/"
                        + booked.json().getString("id")
                        + "/record";
        Api.Reply written =
                officer.create(
                        record,
                        "{\"startedAt\":\""
                                + at
                                + "\",\"endedAt\":\""
                                + at.plus(Duration.ofMinutes(50))
                                + "\",\"noInterpreter\":true,"
                                + "\"materialFacts\":[{\"id\":\"detention\",\"label\":\"Detention\"}],"
                                + "\"statements\":[{\"factId\":\"detention\",\"text\":\"I was held in a container "
                                + marker
                                + "\"}]}");
        assertEquals(201, written.status(), written::toString);
        assertTrue(officer.get(record).raw().body().contains(marker), "the holder reads it");

        List<String> elsewhere = new ArrayList<>(feed(officer.as("feed.reader")));
        elsewhere.addAll(feed(clerk.as("feed.reader")));
        elsewhere.add(clerk.get("arrivals?limit=500").raw().body());
        elsewhere.add(officer.get("applications/" + applicationId).raw().body());
        elsewhere.forEach(
                body ->
                        assertFalse(
                                body.contains(marker), "RSD content outside the record: " + body));
    }

    /** Every page of a module's event feed, as returned. */
    private static List<String> feed(Api reader) {
        List<String> pages = new ArrayList<>();
        String after = "0";
        while (true) {
            Api.Reply reply = reader.get("events?after=" + after + "&limit=1000");
            assertEquals(200, reply.status(), reply::toString);
            List<JsonObject> page = reply.array().getValuesAs(JsonObject.class);
            if (page.isEmpty()) {
                return pages;
            }
            pages.add(reply.raw().body());
            after = page.get(page.size() - 1).getString("sequence");
        }
    }

    private static String walkIn(Api clerk, String surname, boolean asylum, boolean child) {
        Api.Reply created =
                clerk.create(
                        "arrivals",
                        "{\"surname\":\""
                                + surname
                                + "\",\"nationalities\":[\"ERI\"],"
                                + "\"languages\":[\"tir\"],\"asylumRequested\":"
                                + asylum
                                + ",\"unaccompaniedChild\":"
                                + child
                                + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static void assess(Api clerk, String arrival, String category) {
        Api.Reply assessed =
                clerk.create(
                        "arrivals/" + arrival + "/vulnerability-assessments",
                        "{\"needs\":[{\"category\":\""
                                + category
                                + "\",\"note\":\"seen by the nurse\"}]}");
        assertEquals(201, assessed.status(), assessed::toString);
        assertEquals("PRIORITY", assessed.json().getString("priority"));
    }

    private static void requestAsylum(Api clerk, String arrival) {
        int version = clerk.get("arrivals/" + arrival).json().getInt("version");
        Api.Reply requested =
                clerk.post(
                        "arrivals/" + arrival + "/asylum-request",
                        "",
                        "If-Match",
                        "\"" + version + "\"");
        assertEquals(200, requested.status(), requested::toString);
    }

    private static List<JsonObject> awaitApplications(Api officer, List<String> arrivals)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<JsonObject> applications = List.of();
        while (Instant.now().isBefore(deadline)) {
            applications =
                    officer.get("applications?limit=500").array().getValuesAs(JsonObject.class);
            Set<String> sources =
                    applications.stream()
                            .map(a -> a.getString("sourceArrivalId", ""))
                            .collect(Collectors.toSet());
            if (sources.containsAll(arrivals)) {
                return applications;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(
                "applications for " + arrivals + " not all there: " + applications);
    }

    private static void awaitFlags(Api officer, String arrival, List<String> vulnerabilities)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonObject application = null;
        while (Instant.now().isBefore(deadline)) {
            List<JsonObject> found =
                    officer.get("applications?sourceArrivalId=" + arrival)
                            .array()
                            .getValuesAs(JsonObject.class);
            assertEquals(
                    1, found.size(), "the one application of arrival " + arrival + ": " + found);
            application = found.get(0);
            assertEquals(arrival, application.getString("sourceArrivalId"));
            if (strings(application, "vulnerabilities").equals(vulnerabilities)
                    && application.getBoolean("priority")) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the assessment did not reach the application: " + application);
    }

    /**
     * claim-pending events on RSD's feed per source arrival, once the relay has stamped them all.
     */
    private static Map<String, Integer> awaitClaimsPending(Api reader, int expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Map<String, Integer> counts = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            counts = new HashMap<>();
            for (JsonObject event :
                    reader.get("events?after=0&limit=1000").array().getValuesAs(JsonObject.class)) {
                if (event.getString("type").equals("org.asylon.rsd.claim-pending.v1")) {
                    counts.merge(
                            event.getJsonObject("data").getString("sourceArrivalId"),
                            1,
                            Integer::sum);
                }
            }
            if (counts.values().stream().mapToInt(Integer::intValue).sum() >= expected) {
                return counts;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(
                expected + " claim-pending events expected on RSD's feed: " + counts);
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
