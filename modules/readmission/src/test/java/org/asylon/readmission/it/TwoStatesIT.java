package org.asylon.readmission.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.ApiReading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 13, "What this issue must show": two running states (DEU and FRA), each with its own
 * readmission module, database, profile and key, exchange an AMMR take-back notification that the
 * requested state leaves unanswered until the period passes (the clocks are moved, never slept
 * through), silence confirms it on both sides, and the transfer follows after the appeal period and
 * the protection check of that moment. Either side is killed mid-exchange and nothing is lost or
 * doubled; nothing of the asylum file leaves the state. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoStatesIT {

    /** Kept in this state only: they must appear in no message that leaves it. */
    static final String MARKER = "RSD-CONTENT-MARKER";

    private static TwoStates states;
    private static String request;
    private static String received;
    private static Duration offset = Duration.ZERO;

    @BeforeAll
    static void start() throws Exception {
        states = new TwoStates(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (states != null) {
            states.close();
        }
    }

    @Test
    @Order(1)
    void aTakeBackNotificationReachesTheRequestedStateOnceThoughItWasDownWhenSent()
            throws Exception {
        states.fra.server.kill();
        Api deu = states.deu.liaison;
        Api.Reply drafted =
                deu.create("requests", notification(Instant.now().minus(Duration.ofDays(1))));
        assertEquals(201, drafted.status(), drafted.toString());
        request = drafted.json().getString("id");
        assertEquals("DRAFT", drafted.json().getString("state"));

        Api.Reply sent =
                deu.post(
                        "requests/" + request + "/sending",
                        "",
                        "If-Match",
                        etag(deu, "requests/" + request));
        assertEquals(200, sent.status(), sent.toString());
        assertEquals("AWAITING_REPLY", sent.json().getString("state"));
        TwoStates.await(
                "the courier tried FRA at least once",
                () -> outgoing(deu).stream().anyMatch(m -> m.getInt("attempts") > 0));
        assertEquals(
                "PENDING",
                outgoing(deu).get(0).getString("state"),
                "FRA is down: the message waits, it is not lost");

        states.fra.server.start();
        Api fra = states.fra.liaison;
        TwoStates.await("FRA registered the notification", () -> !incoming(fra).isEmpty());
        TwoStates.await(
                "DEU learnt FRA's receipt",
                () -> deu.get("requests/" + request).json().containsKey("receivedAt"));
        List<JsonObject> at = incoming(fra);
        assertEquals(1, at.size(), "registered once");
        received = at.get(0).getString("id");
        assertEquals(request, at.get(0).getString("partnerReference"));

        JsonObject reply = deu.get("requests/" + request).json().getJsonObject("replyDeadline");
        assertEquals(
                "regime.take-back-notification.reply.deadline",
                reply.getJsonObject("deadline").getString("rule"));
        assertTrue(
                reply.getJsonObject("deadline").getString("basis").contains("Art 41(3)"),
                reply.toString());
        assertTrue(
                reply.getString("consequence").contains("silence means confirmation"),
                reply.toString());
        JsonObject there = fra.get("requests/" + received).json();
        assertEquals("AWAITING_REPLY", there.getString("state"));
        assertTrue(
                there.getJsonObject("replyDeadline")
                        .getString("consequenceRule")
                        .contains("regime.take-back-notification.reply.silence"),
                there.toString());
    }

    @Test
    @Order(2)
    void silenceConfirmsTheNotificationOnBothSidesAndTheSystemSaysSo() throws Exception {
        moveClocks(Duration.ofDays(16));
        Api deu = states.deu.liaison;
        Api fra = states.fra.liaison;
        TwoStates.await(
                "DEU applied the tacit confirmation",
                () ->
                        deu.get("requests/" + request)
                                .json()
                                .getString("state")
                                .equals("TACITLY_ACCEPTED"));
        TwoStates.await(
                "FRA applied the tacit confirmation",
                () ->
                        fra.get("requests/" + received)
                                .json()
                                .getString("state")
                                .equals("TACITLY_ACCEPTED"));
        JsonObject reply = deu.get("requests/" + request).json().getJsonObject("reply");
        assertEquals("CONFIRMED", reply.getString("decision"));
        assertTrue(reply.getBoolean("tacit"));

        for (TwoStates.State s : List.of(states.deu, states.fra)) {
            String id = s == states.deu ? request : received;
            List<JsonObject> notices =
                    s.liaison
                            .get("requests/" + id + "/notices")
                            .array()
                            .getValuesAs(JsonObject.class);
            assertTrue(
                    notices.stream()
                            .anyMatch(
                                    n ->
                                            n.getString("kind").equals("tacit-acceptance")
                                                    && n.getString("text")
                                                            .contains(
                                                                    "regime.take-back-notification.reply.silence")),
                    notices.toString());
            Api feed = s.liaison.as("feed.reader");
            assertEquals(
                    1,
                    ApiReading.events(
                                    feed,
                                    e ->
                                            e.getString("type")
                                                            .equals(
                                                                    "org.asylon.readmission.request-tacitly-accepted.v1")
                                                    && e.getJsonObject("data")
                                                            .getString("requestId")
                                                            .equals(id))
                            .size());
            assertEquals(
                    1,
                    s.liaison.get("transfers?requestId=" + id).array().size(),
                    "one transfer opened, never two");
        }
        JsonObject sending = deu.get("transfers?requestId=" + request).array().getJsonObject(0);
        assertEquals("OUTGOING", sending.getString("direction"));
        assertEquals("AWAITING_DECISION", sending.getString("state"));
        assertEquals("regime.transfer.deadline", sending.getString("periodRule"));
        assertEquals(
                "EXPECTED",
                fra.get("transfers?requestId=" + received)
                        .array()
                        .getJsonObject(0)
                        .getString("state"));

        Api.Reply late =
                fra.post(
                        "requests/" + received + "/reply",
                        "{\"decision\":\"REFUSED\",\"reasons\":\"too late\"}",
                        "If-Match",
                        etag(fra, "requests/" + received));
        ApiReading.assertProblem(late, 409, "conflict");
    }

    @Test
    @Order(3)
    void theTransferWaitsForTheAppealPeriodThenPassesTheProtectionCheckAndReachesFraOnce()
            throws Exception {
        Api deu = states.deu.liaison;
        String transfer =
                deu.get("transfers?requestId=" + request).array().getJsonObject(0).getString("id");
        Api.Reply decided =
                states.deu.authority.post(
                        "transfers/" + transfer + "/decision",
                        "{\"notifiedAt\":\"" + now() + "\"}",
                        "If-Match",
                        etag(deu, "transfers/" + transfer));
        assertEquals(200, decided.status(), decided.toString());
        assertNotNull(decided.json().getString("appealPeriodEndsAt"));

        Api.Reply early =
                deu.post(
                        "transfers/" + transfer + "/execution",
                        check("NO_CLAIM", now()),
                        "If-Match",
                        etag(deu, "transfers/" + transfer));
        ApiReading.assertProblem(early, 422, "rule-violated");
        assertTrue(
                early.json().getString("rules").contains("regime.transfer.appeal.deadline"),
                early.toString());

        moveClocks(Duration.ofDays(16 + 22));
        Api.Reply recognised =
                deu.post(
                        "transfers/" + transfer + "/execution",
                        check("PROTECTION_GRANTED", now()),
                        "If-Match",
                        etag(deu, "transfers/" + transfer));
        ApiReading.assertProblem(recognised, 422, "rule-violated");
        assertEquals(
                "readmission.transfer.protection-granted", recognised.json().getString("rule"));
        Api.Reply stale =
                deu.post(
                        "transfers/" + transfer + "/execution",
                        check("NO_CLAIM", now().minus(Duration.ofDays(2))),
                        "If-Match",
                        etag(deu, "transfers/" + transfer));
        ApiReading.assertProblem(stale, 422, "rule-violated");

        states.fra.server.kill();
        Api.Reply executed =
                deu.post(
                        "transfers/" + transfer + "/execution",
                        check("CLAIM_PENDING", now()),
                        "If-Match",
                        etag(deu, "transfers/" + transfer));
        assertEquals(200, executed.status(), executed.toString());
        assertEquals("EXECUTED", executed.json().getString("state"));
        List<JsonObject> checks =
                deu.get("transfers/" + transfer + "/checks").array().getValuesAs(JsonObject.class);
        assertEquals(4, checks.size(), "every check is on file, cleared or not");
        assertTrue(checks.get(3).getBoolean("cleared"));

        states.deu.server.kill();
        states.deu.server.start();
        states.fra.server.start();
        Api fra = states.fra.liaison;
        TwoStates.await(
                "FRA learnt of the transfer",
                () ->
                        fra.get("transfers?requestId=" + received)
                                .array()
                                .getJsonObject(0)
                                .getString("state")
                                .equals("EXECUTED"));
        long transfers =
                fra
                        .get("state-messages?direction=IN")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(m -> m.getString("kind").equals("transfer"))
                        .count();
        assertEquals(1, transfers, "received once although both sides restarted");
    }

    @Test
    @Order(4)
    void nothingOfTheAsylumFileLeavesTheState() {
        Api deu = states.deu.liaison;
        List<JsonObject> sent =
                deu.get("requests/" + request + "/messages").array().getValuesAs(JsonObject.class);
        List<JsonObject> arrived =
                states.fra
                        .liaison
                        .get("requests/" + received + "/messages")
                        .array()
                        .getValuesAs(JsonObject.class);
        assertTrue(
                sent.stream()
                        .anyMatch(
                                m ->
                                        m.getString("kind").equals("request")
                                                && m.containsKey("body")));
        assertEquals(
                List.of("request", "transfer"),
                arrived.stream().map(m -> m.getString("kind")).toList(),
                "FRA keeps both messages it received about the request, with their bodies");
        for (JsonObject m : sent) {
            assertFalse(m.toString().contains(MARKER), m.toString());
        }
        for (JsonObject m : arrived) {
            assertFalse(m.toString().contains(MARKER), m.toString());
        }
        String there = states.fra.liaison.get("requests/" + received).raw().body();
        assertFalse(there.contains(MARKER), there);
        assertTrue(
                deu.get("requests/" + request).raw().body().contains(MARKER),
                "the markers are on this side's file");

        Api.Reply more =
                deu.create(
                        "requests",
                        notification(Instant.now())
                                .replace(
                                        "\"nationality\":[\"SYR\"]",
                                        "\"nationality\":[\"SYR\"],\"claimSummary\":\""
                                                + MARKER
                                                + "\""));
        ApiReading.assertProblem(more, 422, "validation-failed");
        assertTrue(more.raw().body().contains("person.claimSummary"), more.toString());
    }

    private static String notification(Instant hit) {
        return Json.createObjectBuilder()
                .add("partnerState", "FRA")
                .add("regime", "eu-ammr")
                .add("kind", "take-back-notification")
                .add("grounds", Json.createObjectBuilder().add("hitBased", true))
                .add("origin", "RSD")
                .add("originReference", MARKER + "-origin")
                .add("links", Json.createObjectBuilder().add("rsdApplicationId", MARKER + "-app"))
                .add(
                        "notes",
                        MARKER + ": interview says the applicant fears the police in his country")
                .add("anchors", Json.createObjectBuilder().add("hitReceivedAt", hit.toString()))
                .add(
                        "person",
                        Json.createObjectBuilder()
                                .add(
                                        "name",
                                        Json.createObjectBuilder()
                                                .add("surname", "Haddad")
                                                .add("givenNames", "Omar"))
                                .add("dateOfBirth", "1994-03-02")
                                .add("nationality", Json.createArrayBuilder().add("SYR"))
                                .add("eurodacReference", "FR1-2026-000123"))
                .add(
                        "evidence",
                        Json.createArrayBuilder()
                                .add(
                                        Json.createObjectBuilder()
                                                .add("category", "eurodac-hit")
                                                .add(
                                                        "description",
                                                        "Eurodac category 1 hit, reference FR1-2026-000123")))
                .build()
                .toString();
    }

    @Test
    @Order(5)
    void wrongKeysOtherPartnersRequestsAndReplayedTokensAreRefusedAndChangeNothing()
            throws Exception {
        Partner ita = Partner.registeredAt(states.deu, "ITA");
        Api deuState = new Api(states.deu.server.base(), null);
        Instant at = now();

        // a partner that signs with a key this state does not know
        Partner stranger = Partner.unregistered("FRA");
        Api.Reply forged = stranger.call(deuState, "GET", "state/requests", "", at, "m-forged");
        ApiReading.assertProblem(forged, 401, "not-authenticated");

        // a partner reading another partner's request: not found, and its own list is empty
        ApiReading.assertProblem(
                ita.call(deuState, "GET", "state/requests/" + request, "", at, "m-read"),
                404,
                "not-found");
        assertEquals(
                0, ita.call(deuState, "GET", "state/requests", "", at, "m-list").array().size());

        // a message, its retry, a replay, a reused message id, a body that is not what was signed
        String body = Partner.readmissionApplication("ITA-REQ-1");
        String token = ita.token("POST", "/api/v1/state/requests", body, at, "m-1");
        Api.Reply first = deuState.withToken(token).post("state/requests", body);
        assertEquals(201, first.status(), first.toString());
        ApiReading.assertProblem(
                deuState.withToken(token).post("state/requests", body), 401, "not-authenticated");
        Api.Reply retry = ita.call(deuState, "POST", "state/requests", body, at, "m-1");
        assertEquals(201, retry.status(), retry.toString());
        assertEquals("true", retry.header("Asylon-Message-Repeated"));
        assertEquals(first.raw().body(), retry.raw().body());
        ApiReading.assertProblem(
                ita.call(
                        deuState,
                        "POST",
                        "state/requests",
                        body.replace("Haddad", "Hadad"),
                        at,
                        "m-1"),
                409,
                "conflict");
        String other = ita.token("POST", "/api/v1/state/requests", body, at, "m-2");
        ApiReading.assertProblem(
                deuState.withToken(other).post("state/requests", body.replace("Haddad", "Hadad")),
                401,
                "not-authenticated");
        Api.Reply malformed =
                ita.call(deuState, "POST", "state/requests", "{\"reference\":", at, "m-3");
        assertEquals(400, malformed.status(), malformed.toString());
        Api.Reply excess =
                ita.call(
                        deuState,
                        "POST",
                        "state/requests",
                        Partner.readmissionApplication("ITA-REQ-2")
                                .replace(
                                        "\"dateOfBirth\"",
                                        "\"claimSummary\":\"x\",\"dateOfBirth\""),
                        at,
                        "m-4");
        ApiReading.assertProblem(excess, 422, "validation-failed");
        long fromIta =
                states.deu
                        .liaison
                        .get("requests?direction=INCOMING&partnerState=ITA")
                        .array()
                        .size();
        assertEquals(1, fromIta, "one request registered, whatever came after");

        // a token for one call cannot be used for another, nor an officer's password for the state
        // API
        String forList = ita.token("GET", "/api/v1/state/requests", "", at, "m-5");
        ApiReading.assertProblem(
                deuState.withToken(forList).get("state/requests/" + request),
                401,
                "not-authenticated");
        ApiReading.assertProblem(states.deu.liaison.get("state/requests"), 403, "forbidden");
        ApiReading.assertProblem(
                ita.call(deuState, "GET", "requests", "", at, "m-6"), 403, "forbidden");
    }

    @Test
    @Order(6)
    void
            returnsPictureStopsATransferAtTheMomentOfExecutionAndReturnClosesTheCaseWhenThePersonLeaves()
                    throws Exception {
        String application = java.util.UUID.randomUUID().toString();
        Api returns = new Api(states.deu.server.moduleUrl("return") + "/api/v1", "return.officer");
        Api.Reply opened =
                returns.create(
                        "cases",
                        "{\"origin\":\"READMISSION\",\"surname\":\"Nouri\","
                                + "\"nationalities\":[\"AFG\"],\"rsdApplicationId\":\""
                                + application
                                + "\"}");
        assertEquals(201, opened.status(), opened.toString());
        String returnCase = opened.json().getString("id");
        Api.Reply stay =
                returns.create(
                        "cases/" + returnCase + "/interim-measures",
                        "{\"body\":\"European Court of Human Rights\",\"reference\":\"Rule 39 / 1234/26\",\"orderedAt\":\""
                                + Instant.now().minusSeconds(60)
                                + "\"}");
        assertEquals(201, stay.status(), stay.toString());
        String measure = stay.json().getString("id");

        Api deu = states.deu.liaison;
        String body =
                notification(Instant.now())
                        .replace("\"take-back-notification\"", "\"take-charge\"")
                        .replace("\"hitBased\":true", "\"hitBased\":false")
                        .replace(MARKER + "-app", application);
        Api.Reply drafted =
                deu.create(
                        "requests",
                        body.replace("\"eurodac-hit\"", "\"visa-or-residence-document\""));
        assertEquals(201, drafted.status(), drafted.toString());
        String id = drafted.json().getString("id");
        assertEquals(
                200,
                deu.post("requests/" + id + "/sending", "", "If-Match", etag(deu, "requests/" + id))
                        .status());
        Api fra = states.fra.liaison;
        TwoStates.await(
                "FRA registered the take-charge request",
                () ->
                        incoming(fra).stream()
                                .anyMatch(r -> r.getString("partnerReference").equals(id)));
        String there =
                incoming(fra).stream()
                        .filter(r -> r.getString("partnerReference").equals(id))
                        .findFirst()
                        .orElseThrow()
                        .getString("id");
        Api.Reply accepted =
                fra.post(
                        "requests/" + there + "/reply",
                        "{\"decision\":\"ACCEPTED\"}",
                        "If-Match",
                        etag(fra, "requests/" + there));
        assertEquals(200, accepted.status(), accepted.toString());
        TwoStates.await(
                "DEU learnt of the acceptance",
                () -> deu.get("requests/" + id).json().getString("state").equals("ACCEPTED"));

        String transfer =
                deu.get("transfers?requestId=" + id).array().getJsonObject(0).getString("id");
        assertEquals(
                200,
                states.deu
                        .authority
                        .post(
                                "transfers/" + transfer + "/decision",
                                "{\"notifiedAt\":\"" + now() + "\"}",
                                "If-Match",
                                etag(deu, "transfers/" + transfer))
                        .status());
        moveClocks(offset.plus(Duration.ofDays(22)));

        Api.Reply stayed =
                deu.post(
                        "transfers/" + transfer + "/execution",
                        check("NO_CLAIM", now()),
                        "If-Match",
                        etag(deu, "transfers/" + transfer));
        ApiReading.assertProblem(stayed, 422, "rule-violated");
        assertEquals(
                "readmission.transfer.interim-measure",
                stayed.json().getString("rule"),
                stayed.toString());

        Api.Reply lifted =
                returns.post(
                        "cases/" + returnCase + "/interim-measures/" + measure + "/lifting",
                        "{\"reference\":\"Rule 39 lifted\",\"liftedAt\":\"" + Instant.now() + "\"}",
                        "If-Match",
                        etag(returns, "cases/" + returnCase + "/interim-measures/" + measure));
        assertEquals(200, lifted.status(), lifted.toString());
        Api.Reply executed =
                deu.post(
                        "transfers/" + transfer + "/execution",
                        check("NO_CLAIM", now()),
                        "If-Match",
                        etag(deu, "transfers/" + transfer));
        assertEquals(200, executed.status(), executed.toString());
        List<JsonObject> checks =
                deu.get("transfers/" + transfer + "/checks").array().getValuesAs(JsonObject.class);
        assertTrue(
                checks.get(checks.size() - 1).getString("source").contains("return-module"),
                checks.toString());

        TwoStates.await(
                "return closed the case: the person left for FRA",
                () ->
                        "TRANSFERRED"
                                .equals(
                                        returns.get("cases/" + returnCase)
                                                .json()
                                                .getString("closure", "")));
    }

    private static String check(String finding, Instant at) {
        return Json.createObjectBuilder()
                .add(
                        "protectionCheck",
                        Json.createObjectBuilder()
                                .add("source", "Federal asylum office, registry")
                                .add("reference", "BAMF-2026-0042")
                                .add("checkedAt", at.toString())
                                .add("finding", finding)
                                .add("fearsDestination", false))
                .build()
                .toString();
    }

    private static List<JsonObject> outgoing(Api api) {
        return api.get("state-messages?direction=OUT").array().getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> incoming(Api api) {
        return api.get("requests?direction=INCOMING").array().getValuesAs(JsonObject.class);
    }

    private static String etag(Api api, String path) {
        Api.Reply r = api.get(path);
        assertEquals(200, r.status(), r.toString());
        return r.header("ETag");
    }

    private static Instant now() {
        return Instant.now().plus(offset);
    }

    private static void moveClocks(Duration by) throws Exception {
        offset = by;
        states.deu.clockAt(by);
        states.fra.clockAt(by);
    }
}
