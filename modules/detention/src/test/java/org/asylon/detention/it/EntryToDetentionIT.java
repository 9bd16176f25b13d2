package org.asylon.detention.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * From the border into detention through the entry module's feed, with the two modules as two
 * servers under eu-pact-2026: every handover to detention arrives once as a person awaiting an
 * order, across kills and restarts of both sides, and no one else arrives; a handover the border
 * suspends is cancelled; a protection request made at the border after a return order puts the
 * order into review at once (the asylum request changes which grounds are lawful). Detention also
 * runs alone.
 *
 * <p>Process-based ({@code MicroProcess}), not Arquillian, on purpose: the test kills and restarts
 * the two servers independently, mid-feed. Tests other than the restarts share the two servers and
 * each uses its own people, so they run in any order.
 */
class EntryToDetentionIT {

    private static final Path ENTRY_WAR = Path.of(System.getProperty("entry.war"));
    private static final Path DETENTION_WAR = Path.of(System.getProperty("detention.war"));
    private static final String PROFILE = "asylon.profile=eu-pact-2026";
    private static final List<String> ALTERNATIVES =
            List.of(
                    "reporting",
                    "designated-residence",
                    "document-surrender",
                    "financial-guarantee",
                    "guarantor",
                    "community-supervision",
                    "case-management");

    private static MicroProcess entry;
    private static MicroProcess detention;
    private static Api border;
    private static Api authority;

    @BeforeAll
    static void startBothSides() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        entry =
                new MicroProcess(Files.createTempDirectory(tmp, "entry"), PROFILE)
                        .deploying("entry", ENTRY_WAR);
        entry.start();
        detention =
                new MicroProcess(
                                Files.createTempDirectory(tmp, "detention"),
                                PROFILE,
                                "asylon.feed.entry.url=" + entry.moduleUrl(),
                                "asylon.feed.entry.user=feed.reader",
                                "asylon.feed.entry.password=" + Api.PASSWORD,
                                "asylon.feed.entry.interval=PT0.2S",
                                "asylon.feed.entry.backoff-max=PT1S")
                        .deploying("detention", DETENTION_WAR);
        detention.start();
        border = new Api(entry.base(), "border.officer");
        authority = new Api(detention.base(), "detention.authority");
    }

    @AfterAll
    static void stopBothSides() throws Exception {
        if (detention != null) {
            detention.close();
        }
        if (entry != null) {
            entry.close();
        }
    }

    @Test
    void everyHandoverArrivesOnceAsAPersonAwaitingAnOrderAcrossRestartsOfBothSides()
            throws Exception {
        String family = suffix();
        List<String> expected = new ArrayList<>();
        List<String> notHandedOver = new ArrayList<>();
        expected.add(handOver(register("Adult" + family, "1990-05"), null));
        String child =
                handOver(
                        register("Child" + family, "2012"),
                        "no alternative can work tonight; staying with his uncle, who is held, is in"
                                + " his best interests");
        expected.add(child);
        notHandedOver.add(decide(register("Referred" + family, "1985"), "REFERRED_TO_RECEPTION"));
        notHandedOver.add(register("Undecided" + family, "1987"));
        awaitHandovers(expected);

        detention.kill();
        expected.add(handOver(register("WhileDown" + family, "1991"), null));
        expected.add(handOver(register("WhileDownToo" + family, "1992-11-03"), null));
        notHandedOver.add(decide(register("Referred2" + family, "1986"), "REFERRED_TO_RECEPTION"));
        detention.start();
        awaitHandovers(expected);

        entry.kill();
        Thread.sleep(1500); // the follower meets a closed port and backs off
        assertEquals(
                200,
                authority.get("handovers").status(),
                "detention keeps answering without the border");
        assertEquals(200, authority.get("people?limit=10").status());
        entry.start();
        expected.add(handOver(register("AfterRestart" + family, "1980"), null));
        List<JsonObject> handovers = awaitHandovers(expected);

        List<String> ours =
                handovers.stream()
                        .map(p -> p.getString("sourceEncounterId", ""))
                        .filter(e -> expected.contains(e) || notHandedOver.contains(e))
                        .toList();
        assertEquals(expected.size(), ours.size(), "no handover arrived twice: " + ours);
        for (String encounter : expected) {
            List<JsonObject> people =
                    authority
                            .get("people?sourceEncounterId=" + encounter)
                            .array()
                            .getValuesAs(JsonObject.class);
            assertEquals(1, people.size(), "one person per handover: " + people);
            JsonObject person = people.get(0);
            assertEquals("AWAITING_ORDER", person.getJsonObject("handover").getString("status"));
            assertEquals("NONE", person.getJsonObject("protection").getString("state"));
        }
        for (String encounter : notHandedOver) {
            assertEquals(
                    0,
                    authority.get("people?sourceEncounterId=" + encounter).array().size(),
                    "a person the border did not hand over is not detention's case");
        }
        JsonObject adult = person(expected.get(0));
        assertEquals("Adult" + family, adult.getString("surname"), "the border's names came along");
        assertEquals("1990-05", adult.getString("dateOfBirth"));
        assertFalse(adult.getBoolean("child"));
        assertTrue(
                person(child).getBoolean("child"),
                "a possible child handed over as a last resort stays a child");
        assertEquals(
                403,
                authority.as("monitor").get("handovers").status(),
                "the work list is the authority's and the officers'");
    }

    @Test
    void aHandoverTheBorderSuspendsIsCancelledAndTheRequestMakesAnApplicant() throws Exception {
        String encounter = handOver(register("Suspended" + suffix(), "1990"), null);
        awaitHandovers(List.of(encounter));

        // an adult's request does not stop the handover (an applicant may be detained on the
        // grounds lawful while a claim is pending): the person becomes an applicant
        Api.Reply asked =
                border.post(
                        "encounters/" + encounter + "/protection-request",
                        "{\"words\":\"I cannot go back\"}",
                        "If-Match",
                        border.get("encounters/" + encounter).header("ETag"));
        assertEquals(200, asked.status(), asked::toString);
        assertEquals("DECIDED", asked.json().getJsonObject("outcome").getString("status"));
        JsonObject applicant =
                await(
                        "the request in detention",
                        () ->
                                Optional.of(person(encounter))
                                        .filter(
                                                p ->
                                                        "APPLICANT"
                                                                .equals(
                                                                        p.getJsonObject(
                                                                                        "protection")
                                                                                .getString(
                                                                                        "state"))));
        assertEquals("entry", applicant.getJsonObject("protection").getString("source"));
        assertEquals(
                Instant.parse(asked.json().getString("protectionRequestedAt")),
                Instant.parse(applicant.getJsonObject("protection").getString("at")),
                "detention counts from the moment the person asked at the border");

        // found to be a child travelling alone before the handover was carried out: entry
        // suspends it (detention.children without the last-resort reasons)
        Api.Reply alone =
                border.post(
                        "encounters/" + encounter + "/specific-needs",
                        "{\"category\":\"SC-UC\",\"note\":\"alone\"}",
                        "If-Match",
                        asked.header("ETag"));
        assertEquals(200, alone.status(), alone::toString);
        assertEquals(
                "SUSPENDED",
                alone.json().getJsonObject("outcome").getString("status"),
                alone::toString);
        JsonObject cancelled =
                await(
                        "the cancellation in detention",
                        () ->
                                Optional.of(person(encounter))
                                        .filter(
                                                p ->
                                                        "CANCELLED"
                                                                .equals(
                                                                        p.getJsonObject("handover")
                                                                                .getString(
                                                                                        "status"))));
        assertTrue(cancelled.getBoolean("child"), cancelled::toString);
        assertEquals("APPLICANT", cancelled.getJsonObject("protection").getString("state"));
        assertEquals("entry", cancelled.getJsonObject("protection").getString("source"));
        assertFalse(
                handoverEncounters().contains(encounter), "no longer on the authority's work list");
    }

    @Test
    void aProtectionRequestAtTheBorderPutsAReturnOrderIntoReviewNow() throws Exception {
        String encounter = handOver(register("Returnee" + suffix(), "1988-07-01"), null);
        awaitHandovers(List.of(encounter));
        Api.Reply carriedOut =
                border.send(
                        "POST",
                        "encounters/" + encounter + "/outcome/execution",
                        null,
                        null,
                        "If-Match",
                        border.get("encounters/" + encounter).header("ETag"));
        assertEquals(200, carriedOut.status(), carriedOut::toString);

        String person = person(encounter).getString("id");
        Api.Reply issued =
                authority.create(
                        "people/" + person + "/orders", order("return-preparation", place()));
        assertEquals(201, issued.status(), issued::toString);
        assertEquals("WITHOUT_CLAIM", issued.json().getString("regime"));
        String order = issued.json().getString("id");
        assertEquals("ORDERED", person(encounter).getJsonObject("handover").getString("status"));
        assertFalse(handoverEncounters().contains(encounter), "the work item is done");

        Api.Reply asked =
                border.post(
                        "encounters/" + encounter + "/protection-request",
                        "{\"words\":\"I am afraid to go back\"}",
                        "If-Match",
                        carriedOut.header("ETag"));
        assertEquals(200, asked.status(), asked::toString);

        JsonObject review =
                await(
                        "the order in review",
                        () ->
                                Optional.of(authority.get("orders/" + order).json())
                                        .filter(o -> "REVIEW_NOW".equals(o.getString("status"))));
        assertEquals(
                "detention.grounds.while-claim-pending",
                review.getJsonObject("reviewNow").getString("rule"),
                review::toString);
        assertEquals(
                Instant.parse(asked.json().getString("protectionRequestedAt")),
                Instant.parse(review.getJsonObject("reviewNow").getString("since")));
        JsonObject applicant = person(encounter);
        assertEquals("APPLICANT", applicant.getJsonObject("protection").getString("state"));
        assertEquals("entry", applicant.getJsonObject("protection").getString("source"));
        assertTrue(
                authority.get("orders?status=REVIEW_NOW").array().stream()
                        .anyMatch(o -> o.asJsonObject().getString("id").equals(order)));
        Api.Reply continued =
                authority.post(
                        "orders/" + order + "/reviews",
                        "{\"kind\":\"ADMINISTRATIVE\",\"outcome\":\"CONTINUED\",\"reasons\":\"still"
                                + " to be returned\"}",
                        "If-Match",
                        authority.get("orders/" + order).header("ETag"));
        assertEquals(422, continued.status(), "a lapsed ground is not continued: " + continued);
    }

    @Test
    void detentionRunsAlone() throws Exception {
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "detention-alone");
        try (MicroProcess alone =
                new MicroProcess(data, PROFILE).deploying("detention", DETENTION_WAR)) {
            alone.start();
            Api desk = new Api(alone.base(), "detention.authority");
            Api.Reply registered =
                    desk.create(
                            "people",
                            "{\"surname\":\"Nazari\",\"givenNames\":\"Reza\",\"dateOfBirth\":\"1984\","
                                    + "\"sex\":\"M\",\"nationalities\":[\"AFG\"],\"protection\":{\"state\":"
                                    + "\"NOT_PENDING\",\"source\":\"asylum authority letter 2026/77\"}}");
            assertEquals(201, registered.status(), registered::toString);
            String person = registered.json().getString("id");
            Place place = place(desk);
            Api.Reply issued =
                    desk.create("people/" + person + "/orders", order("return-preparation", place));
            assertEquals(201, issued.status(), issued::toString);
            assertEquals(
                    1,
                    desk.as("detention.officer")
                            .get("rooms/" + place.room())
                            .json()
                            .getJsonArray("people")
                            .size(),
                    "placed by the order");
            assertEquals(0, desk.get("handovers").array().size(), "no border, no handovers");
            List<String> types =
                    desk.as("feed.reader").get("events?after=0").array().stream()
                            .map(e -> e.asJsonObject().getString("type"))
                            .toList();
            assertTrue(
                    types.contains("org.asylon.detention.person-registered.v1"), types::toString);
            assertTrue(types.contains("org.asylon.detention.order-issued.v1"), types::toString);
        }
    }

    // ---- the border ----

    private static String register(String surname, String dateOfBirth) {
        Api.Reply created =
                border.create(
                        "encounters",
                        """
                        {"kind":"APPREHENSION_AFTER_IRREGULAR_CROSSING","occurredAt":"%s",
                         "person":{"statedSurname":"%s","statedGivenNames":"Test","dateOfBirth":"%s",
                           "sex":"M","nationalities":["SYR"],"languages":["ara"]},
                         "unaccompaniedChild":false}
                        """
                                .formatted(
                                        Instant.now()
                                                .minus(Duration.ofHours(2))
                                                .truncatedTo(ChronoUnit.SECONDS),
                                        surname,
                                        dateOfBirth));
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String handOver(String encounter, String detentionReasons) {
        return decide(
                encounter,
                "HANDED_TO_DETENTION",
                detentionReasons == null
                        ? ""
                        : ",\"detentionReasons\":\"" + detentionReasons + "\"");
    }

    private static String decide(String encounter, String outcome) {
        return decide(encounter, outcome, "");
    }

    private static String decide(String encounter, String outcome, String more) {
        Api.Reply decided =
                border.put(
                        "encounters/" + encounter + "/outcome",
                        "{\"outcome\":\"" + outcome + "\"" + more + "}",
                        "If-Match",
                        border.get("encounters/" + encounter).header("ETag"));
        assertEquals(200, decided.status(), decided::toString);
        return encounter;
    }

    // ---- detention ----

    private static JsonObject person(String encounter) {
        List<JsonObject> found =
                authority
                        .get("people?sourceEncounterId=" + encounter)
                        .array()
                        .getValuesAs(JsonObject.class);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static List<String> handoverEncounters() {
        return authority.get("handovers").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("sourceEncounterId", ""))
                .toList();
    }

    private static List<JsonObject> awaitHandovers(List<String> encounters)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<JsonObject> handovers = List.of();
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = authority.get("handovers");
            if (reply.status() == 200) {
                handovers = reply.array().getValuesAs(JsonObject.class);
                if (handovers.stream()
                        .map(p -> p.getString("sourceEncounterId", ""))
                        .toList()
                        .containsAll(encounters)) {
                    return handovers;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("handovers of " + encounters + " not all there: " + handovers);
    }

    record Place(String facility, String room) {}

    private static Place place() {
        return place(authority);
    }

    private static Place place(Api any) {
        Api manager = any.as("facility.manager");
        Api.Reply facility =
                manager.create(
                        "facilities",
                        "{\"kind\":\"PRE_REMOVAL_CENTRE\",\"name\":\"Journey centre "
                                + UUID.randomUUID()
                                + "\",\"location\":\"Via dei Monti 14, Roma\"}");
        assertEquals(201, facility.status(), facility::toString);
        String id = facility.json().getString("id");
        Api.Reply room =
                manager.create(
                        "facilities/" + id + "/rooms",
                        "{\"label\":\"A-1\",\"use\":\"MULTIPLE\",\"livingSpace\":16,"
                                + "\"wallDistance\":3,\"ceilingHeight\":2.8}");
        assertEquals(201, room.status(), room::toString);
        return new Place(id, room.json().getString("id"));
    }

    private static String order(String ground, Place place) {
        return "{\"groundCode\":\""
                + ground
                + "\",\"individualAssessment\":{\"necessity\":\"absconded twice\","
                + "\"proportionality\":\"two weeks at most\"},\"alternativesConsidered\":["
                + ALTERNATIVES.stream()
                        .map(c -> "{\"code\":\"" + c + "\",\"whyInsufficient\":\"tried\"}")
                        .collect(Collectors.joining(","))
                + "],\"authority\":{\"kind\":\"ADMINISTRATIVE\",\"name\":\"Immigration Office\"},"
                + "\"startsAt\":\""
                + Instant.now()
                + "\",\"facilityId\":\""
                + place.facility()
                + "\",\"roomId\":\""
                + place.room()
                + "\"}";
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not within 60 s: " + what);
    }

    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
