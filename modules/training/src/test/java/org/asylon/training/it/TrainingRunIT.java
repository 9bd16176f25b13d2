package org.asylon.training.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A run of {@code border-boat-arrival} from start to end, on one Payara Micro with the border
 * module and the runner, as a training instance under eu-pact-2026 with the demo on: the demo run
 * is there once the border module is ready; the trainer opens a run and adds two trainees; the
 * first trainee follows the law at the counter with their own account, working from the persona
 * cards of the briefing as a trainee would; the second refuses entry to a person who asks for
 * protection (without recording the request) and hands the child travelling alone to detention,
 * which eu-pact-2026 lets through with written reasons as a last resort. The scores, the trainer's
 * report (kept in {@code target/trainer-report-example.html} and {@code .csv}), the first trainee's
 * the second trainee's 403s, no feedback while the run is open, and closing the run (stored cards,
 * accounts left with the trainee role: their own feedback, no officer work) follow. Then the server
 * restarts against a border module that is not a training instance: the demo run is still the only
 * one, the stored cards still answer, and a new run is refused with 409 {@code
 * not-a-training-instance} naming entry.
 *
 * <p>Process-based ({@code MicroProcess}): the runner reaches entry over HTTP, as in a real suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingRunIT {

    private static final Path ENTRY_WAR = Path.of(System.getProperty("entry.war"));
    private static final Path TRAINING_WAR = Path.of(System.getProperty("training.war"));
    private static final String EXERCISE = "border-boat-arrival";
    private static final String PORT_NAME = "Port of Mytilene (training)";
    private static final Path EXAMPLE = Path.of("target", "trainer-report-example.html");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Path data;
    private static MicroProcess suite;
    private static Api trainer;
    private static String runId;
    private static Officer lawful;
    private static Officer wrong;
    private static JsonArray cardsAtClose;
    private static String lawfulSession;

    @BeforeAll
    static void startSuite() throws Exception {
        data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "run");
        TrainerAccount.writeInto(data.resolve("training-users"));
        suite = trainingSuite(null);
        suite.start();
        trainer = new Api(suite.base(), TrainerAccount.NAME);
    }

    /**
     * Entry and the runner as a training instance; the runner's suite is this server, or another.
     */
    private static MicroProcess trainingSuite(MicroProcess otherSuite) throws IOException {
        MicroProcess server =
                new MicroProcess(
                                data,
                                "asylon.training.instance=true",
                                "asylon.profile=eu-pact-2026",
                                "asylon.training.users.file=" + data.resolve("training-users"))
                        .deploying("training", ENTRY_WAR, TRAINING_WAR);
        int suitePort = (otherSuite == null ? server : otherSuite).port();
        return server.with("asylon.training.suite.url=http://127.0.0.1:" + suitePort);
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    /** A trainee at work with their own account: HTTP Basic with the password of their slip. */
    private record Officer(String account, String password) {

        Api.Reply send(String method, String url, JsonValue body, String... headers) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(60))
                            .header("Accept", "application/json")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + java.util.Base64.getEncoder()
                                                    .encodeToString(
                                                            (account + ":" + password)
                                                                    .getBytes(
                                                                            StandardCharsets
                                                                                    .UTF_8)));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.setHeader(headers[i], headers[i + 1]);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(
                                        body.toString(), StandardCharsets.UTF_8));
            }
            try {
                HttpResponse<String> response =
                        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Api.Reply(response.statusCode(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        Api.Reply entry(String method, String path, JsonValue body, String... headers) {
            return send(method, suite.moduleUrl("entry") + "/api/v1/" + path, body, headers);
        }

        Api.Reply training(String path, String... headers) {
            return send("GET", suite.base() + "/" + path, null, headers);
        }

        JsonObject created(String path, JsonObject body) {
            Api.Reply reply =
                    entry("POST", path, body, "Idempotency-Key", UUID.randomUUID().toString());
            assertEquals(201, reply.status(), account + ": POST " + path + " " + reply);
            return reply.json();
        }

        /** A change to one encounter, with the version just read (If-Match). */
        void change(String method, String encounter, String action, JsonObject body) {
            Api.Reply current = entry("GET", "encounters/" + encounter, null);
            assertEquals(200, current.status(), current.toString());
            Api.Reply reply =
                    entry(
                            method,
                            "encounters/" + encounter + "/" + action,
                            body,
                            "If-Match",
                            current.header("ETag"));
            assertEquals(200, reply.status(), account + ": " + action + " " + reply);
        }

        void decide(String encounter, JsonObject outcome) {
            change("PUT", encounter, "outcome", outcome);
        }
    }

    /** The border app's session, with its cookie only. */
    private static Api.Reply session(String cookie) {
        return new Api(suite.moduleUrl("entry") + "/api/v1", null)
                .send("GET", "session", null, null, "Cookie", cookie);
    }

    /**
     * Polls {@code condition} until it answers something other than null: the modules read a
     * changed users file within about a second, the runner opens the demo run once entry is ready.
     */
    static <T> T poll(String what, int seconds, Supplier<T> condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited " + seconds + " s for " + what);
    }

    private static List<JsonObject> demoRuns() {
        Api.Reply runs = trainer.get("runs");
        assertEquals(200, runs.status(), runs.toString());
        return runs.array().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> "Demo".equals(r.getString("label", null)))
                .toList();
    }

    @Test
    @Order(1)
    void theDemoRunIsOpenOnceTheBorderModuleIsReady() throws Exception {
        List<JsonObject> demo =
                poll("the demo run", 120, () -> demoRuns().isEmpty() ? null : demoRuns());
        assertEquals(1, demo.size(), demo.toString());
        assertEquals(EXERCISE, demo.get(0).getString("exercise"));
        assertEquals("OPEN", demo.get(0).getString("state"));
        assertEquals("eu-pact-2026", demo.get(0).getString("profile"));
    }

    private static Officer addTrainee(String name, String language) {
        Api.Reply added =
                trainer.post(
                        "runs/" + runId + "/trainees",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("language", language)
                                .build()
                                .toString(),
                        "Idempotency-Key",
                        "add-" + name);
        assertEquals(201, added.status(), added.toString());
        JsonObject account = added.json();
        assertTrue(
                account.getString("account").matches("trainee\\.[0-9]+\\." + name),
                account.toString());
        List<String> roles =
                account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList();
        assertTrue(roles.containsAll(List.of("border-officer", "trainee")), roles.toString());
        String password = account.getString("password");

        // a retry is not answered with the password: none is kept, not even for retries
        Api.Reply again =
                trainer.post(
                        "runs/" + runId + "/trainees",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("language", language)
                                .build()
                                .toString(),
                        "Idempotency-Key",
                        "add-" + name);
        assertEquals(409, again.status(), again.toString());
        assertEquals("trainee-added-already", again.json().getString("code"));
        assertFalse(again.raw().body().contains(password));
        return new Officer(account.getString("account"), password);
    }

    @Test
    @Order(2)
    void theTrainerOpensARunAndAddsTwoTraineesEachGivenTheirPasswordOnce() throws Exception {
        Api.Reply opened =
                trainer.post(
                        "runs",
                        "{\"exercise\":\"" + EXERCISE + "\",\"label\":\"Class of the test\"}",
                        "Idempotency-Key",
                        "open-the-run");
        assertEquals(201, opened.status(), opened.toString());
        JsonObject run = opened.json();
        runId = run.getString("id");
        assertEquals("OPEN", run.getString("state"));
        assertEquals("eu-pact-2026", run.getString("profile"));

        lawful = addTrainee("lawful", "en");
        wrong = addTrainee("wrong", "fr");
        assertFalse(lawful.password().equals(wrong.password()));

        JsonObject shown = trainer.get("runs/" + runId).json();
        assertEquals(2, shown.getJsonArray("trainees").size(), shown.toString());
        assertFalse(shown.toString().contains(lawful.password()), "the password is shown once");
        assertFalse(
                Files.readString(data.resolve("training-users")).contains(lawful.password()),
                "the users file keeps a hash");
    }

    /** What a trainee reads before work: the cards of the briefing, never the ground truth. */
    private static Map<String, JsonObject> cards(Officer trainee) throws InterruptedException {
        // the modules know a new account within about a second of the users file's change
        Api.Reply briefing =
                poll(
                        "the briefing, for " + trainee.account(),
                        15,
                        () -> {
                            Api.Reply r =
                                    trainee.training("runs/" + runId + "/briefing?format=json");
                            return r.status() == 401 ? null : r;
                        });
        assertEquals(200, briefing.status(), briefing.toString());
        assertFalse(briefing.raw().body().contains("groundTruth"), "no ground truth on a card");
        Map<String, JsonObject> cards = new HashMap<>();
        briefing.json().getJsonArray("personas").stream()
                .map(JsonValue::asJsonObject)
                .forEach(c -> cards.put(c.getString("alias"), c));
        assertEquals(6, cards.size(), cards.keySet().toString());
        cards.values().forEach(c -> assertEquals("FICTIONAL", c.getString("fictional")));
        return cards;
    }

    private static String port(Officer trainee) throws InterruptedException {
        // the trainee's account reaches entry once the modules re-read the training users file
        return poll(
                "the port at entry, for " + trainee.account(),
                15,
                () -> {
                    Api.Reply points = trainee.entry("GET", "crossing-points", null);
                    if (points.status() != 200) {
                        return null;
                    }
                    return points.array().stream()
                            .map(JsonValue::asJsonObject)
                            .filter(p -> PORT_NAME.equals(p.getString("name")))
                            .map(p -> p.getString("id"))
                            .findFirst()
                            .orElse(null);
                });
    }

    /** The person as the card shows them, typed in at the counter; the passport as scanned. */
    private static JsonObjectBuilder encounter(JsonObject card, String kind, String port) {
        JsonObjectBuilder person =
                Json.createObjectBuilder()
                        .add("statedSurname", card.getString("surname"))
                        .add("statedGivenNames", card.getString("givenNames"))
                        .add("dateOfBirth", card.getString("dateOfBirth"))
                        .add("sex", card.getString("sex"))
                        .add("nationalities", card.getJsonArray("nationalities"))
                        .add("languages", card.getJsonArray("languages"));
        if (card.containsKey("originalScriptName")) {
            person.add("originalScriptName", card.getString("originalScriptName"));
        }
        JsonObjectBuilder encounter =
                Json.createObjectBuilder()
                        .add("kind", kind)
                        .add("crossingPointId", port)
                        .add(
                                "occurredAt",
                                Instant.now()
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .minusSeconds(600)
                                        .toString())
                        .add("person", person);
        if (card.containsKey("document")) {
            String mrz =
                    String.join(
                            "\n",
                            card
                                    .getJsonObject("document")
                                    .getJsonArray("mrz")
                                    .getValuesAs(jakarta.json.JsonString.class)
                                    .stream()
                                    .map(jakarta.json.JsonString::getString)
                                    .toList());
            encounter.add(
                    "documents",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("mrz", mrz)));
        }
        return encounter;
    }

    private static JsonObject group(
            String kind, String label, String parent, List<JsonObjectBuilder> members) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        members.forEach(
                m ->
                        list.add(
                                Json.createObjectBuilder()
                                        .add("role", "passenger")
                                        .add("encounter", m)));
        JsonObjectBuilder group = Json.createObjectBuilder().add("kind", kind).add("label", label);
        if (parent != null) {
            group.add("parentGroupId", parent);
        } else {
            group.add(
                    "rescue",
                    Json.createObjectBuilder().add("rescued", 4).add("dead", 0).add("missing", 0));
        }
        return group.add("members", list).build();
    }

    private static JsonObject outcome(String outcome) {
        return Json.createObjectBuilder().add("outcome", outcome).build();
    }

    private static String member(JsonObject group, int index) {
        return group.getJsonArray("members").getJsonObject(index).getString("id");
    }

    @Test
    @Order(3)
    void theFirstTraineeFollowsTheLawAtTheCounter() throws Exception {
        Map<String, JsonObject> card = cards(lawful);
        String port = port(lawful);

        // A, the boy alone, and B, who asks at once, came on the boat; the family inside it
        JsonObject boat =
                lawful.created(
                        "groups",
                        group(
                                "BOAT",
                                "Rubber boat, rescued this morning",
                                null,
                                List.of(
                                        encounter(card.get("A"), "RESCUE_AT_SEA", port)
                                                .add("unaccompaniedChild", true)
                                                .add(
                                                        "specificNeeds",
                                                        Json.createArrayBuilder()
                                                                .add(
                                                                        Json.createObjectBuilder()
                                                                                .add(
                                                                                        "category",
                                                                                        "SC-UC")
                                                                                .add(
                                                                                        "note",
                                                                                        "travels without a parent or caregiver"))),
                                        encounter(card.get("B"), "RESCUE_AT_SEA", port)
                                                .add(
                                                        "protectionRequested",
                                                        Json.createObjectBuilder()
                                                                .add(
                                                                        "words",
                                                                        "I am afraid to go back; I ask for protection.")))));
        JsonObject family =
                lawful.created(
                        "groups",
                        group(
                                "FAMILY",
                                "Family on the rubber boat",
                                boat.getString("id"),
                                List.of(
                                        encounter(card.get("C"), "RESCUE_AT_SEA", port),
                                        encounter(card.get("D"), "RESCUE_AT_SEA", port)
                                                .add(
                                                        "specificNeeds",
                                                        Json.createArrayBuilder()
                                                                .add(
                                                                        Json.createObjectBuilder()
                                                                                .add(
                                                                                        "category",
                                                                                        "SC-SC")
                                                                                .add(
                                                                                        "note",
                                                                                        "with an adult relative, not her parents"))))));
        String a = member(boat, 0);
        String b = member(boat, 1);
        String c = member(family, 0);
        String d = member(family, 1);

        // asked whether they fear returning, the adult relative asks asylum for both of them
        JsonObject words =
                Json.createObjectBuilder()
                        .add("words", "Asked if they fear returning: we ask for asylum, all of us.")
                        .build();
        lawful.change("POST", c, "protection-request", words);
        lawful.change("POST", d, "protection-request", words);

        String e =
                lawful.created(
                                "encounters",
                                encounter(card.get("E"), "REGULAR_CROSSING", port).build())
                        .getString("id");
        String f =
                lawful.created(
                                "encounters",
                                encounter(card.get("F"), "REGULAR_CROSSING", port).build())
                        .getString("id");

        lawful.decide(a, outcome("REFERRED_TO_CHILD_PROTECTION"));
        for (String asked : List.of(b, c, d)) {
            lawful.decide(asked, outcome("REFERRED_TO_ASYLUM_PROCEDURE"));
        }
        lawful.decide(
                e,
                Json.createObjectBuilder()
                        .add("outcome", "REFUSED_ENTRY")
                        .add("refusalGround", "no-valid-travel-document")
                        .add("note", "The passport's machine-readable zone fails its check digit.")
                        .build());
        lawful.decide(f, outcome("ADMITTED"));
    }

    @Test
    @Order(4)
    void theSecondTraineeRefusesAPersonWhoAsksAndHandsTheChildToDetention() throws Exception {
        Map<String, JsonObject> card = cards(wrong);
        String port = port(wrong);
        JsonObject boat =
                wrong.created(
                        "groups",
                        group(
                                "BOAT",
                                "Boat",
                                null,
                                List.of(
                                        encounter(card.get("A"), "RESCUE_AT_SEA", port),
                                        encounter(card.get("B"), "RESCUE_AT_SEA", port))));
        wrong.decide(
                member(boat, 1),
                Json.createObjectBuilder()
                        .add("outcome", "REFUSED_ENTRY")
                        .add("refusalGround", "no-valid-travel-document")
                        .build());
        wrong.decide(
                member(boat, 0),
                Json.createObjectBuilder()
                        .add("outcome", "HANDED_TO_DETENTION")
                        .add(
                                "detentionReasons",
                                "No shelter place was found tonight; detention as a last resort.")
                        .build());
    }

    private static JsonObject cardOf(JsonArray cards, Officer trainee) {
        return cards.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> trainee.account().equals(c.getString("account")))
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no card for " + trainee.account() + ": " + cards));
    }

    private static List<String> kinds(JsonObject card) {
        return card.getJsonArray("criticalErrors").stream()
                .map(JsonValue::asJsonObject)
                .map(f -> f.getString("kind"))
                .toList();
    }

    @Test
    @Order(5)
    void theLawfulTraineeHasFullMarksAndTheOtherTheCriticalErrorsFirstWithRuleAndBasis() {
        Api.Reply scores = trainer.get("runs/" + runId + "/scores");
        assertEquals(200, scores.status(), scores.toString());
        JsonArray cards = scores.array();
        assertEquals(2, cards.size(), cards.toString());

        JsonObject good = cardOf(cards, lawful);
        assertTrue(good.getJsonArray("criticalErrors").isEmpty(), good.toString());
        assertTrue(good.getJsonArray("lost").isEmpty(), good.toString());
        assertEquals(good.getInt("possible"), good.getInt("earned"), good.toString());
        assertEquals(good.getInt("possible"), good.getInt("score"), good.toString());
        assertEquals(100, good.getInt("percent"), good.toString());

        JsonObject bad = cardOf(cards, wrong);
        List<String> kinds = kinds(bad);
        assertTrue(
                kinds.contains("REFOULEMENT") || kinds.contains("PROTECTION_REQUEST_REFUSED"),
                kinds.toString());
        assertTrue(kinds.contains("CHILD_DETAINED"), kinds.toString());
        bad.getJsonArray("criticalErrors").stream()
                .map(JsonValue::asJsonObject)
                .forEach(
                        f -> {
                            assertFalse(f.getString("rule", "").isBlank(), f.toString());
                            assertFalse(f.getString("basis", "").isBlank(), f.toString());
                        });
        assertTrue(bad.getInt("penalties") > 0, bad.toString());
        assertTrue(bad.getInt("score") < good.getInt("score"), bad.toString());
    }

    @Test
    @Order(6)
    void theReportListsTheCriticalErrorsBeforeAnythingElseAndTheCsvHasTheirRows()
            throws IOException {
        Api.Reply report = trainer.get("runs/" + runId + "/report");
        assertEquals(200, report.status(), report.toString());
        assertTrue(report.contentType().startsWith("text/html"), report.contentType());
        String html = report.raw().body();
        Files.writeString(EXAMPLE, html);

        int critical = html.indexOf("class=\"critical\"");
        int named =
                html.indexOf(
                        wrong.account().substring(wrong.account().lastIndexOf('.') + 1), critical);
        int detained = html.indexOf("CHILD_DETAINED", critical);
        int lawfulTrainee = html.indexOf("lawful");
        assertTrue(critical > 0, "a section of critical errors");
        assertTrue(named > critical && detained > critical, "the second trainee's critical errors");
        assertTrue(lawfulTrainee < 0 || lawfulTrainee > detained, "critical errors come first");
        assertTrue(critical < html.indexOf("<table"), "before the score table");

        Api.Reply csv = trainer.get("runs/" + runId + "/report.csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").startsWith("attachment"));
        Files.writeString(Path.of("target", "trainer-report-example.csv"), csv.raw().body());
        List<String> rows =
                csv.raw().body().lines().filter(l -> l.contains(wrong.account())).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("CHILD_DETAINED")), rows.toString());
        assertTrue(
                rows.stream()
                        .anyMatch(
                                r ->
                                        r.contains("REFOULEMENT")
                                                || r.contains("PROTECTION_REQUEST_REFUSED")),
                rows.toString());
    }

    @Test
    @Order(7)
    void noTraineeReadsFeedbackWhileTheRunIsOpenNorScoresNorReport() {
        // feedback names every point lost: shown during the exercise it would give the key away
        Api.Reply early = lawful.training("feedback", "Accept", "application/json");
        assertEquals(409, early.status(), early.toString());
        assertEquals("feedback-after-close", early.json().getString("code"));

        // the border app, signed in with the trainee's account: its session ends with the run
        Api.Reply signedIn =
                lawful.entry(
                        "POST",
                        "session",
                        Json.createObjectBuilder()
                                .add("user", lawful.account())
                                .add("password", lawful.password())
                                .build());
        assertEquals(201, signedIn.status(), signedIn.toString());
        lawfulSession = signedIn.header("Set-Cookie").split(";")[0];
        assertEquals(200, session(lawfulSession).status());

        assertEquals(403, wrong.training("runs/" + runId + "/scores").status());
        assertEquals(
                403, wrong.training("runs/" + runId + "/report", "Accept", "text/html").status());
        assertEquals(
                403,
                wrong.training("runs/" + runId + "/report.csv", "Accept", "text/csv").status());
    }

    @Test
    @Order(8)
    void closingStoresTheCardsLeavesTraineesOnlyTheirFeedback() throws Exception {
        Api.Reply closed = trainer.post("runs/" + runId + "/close", "");
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().getString("state"));

        int status =
                poll(
                        "the closed run's account to lose its officer role at entry",
                        15,
                        () -> {
                            int s = lawful.entry("GET", "crossing-points", null).status();
                            return s == 403 ? s : null;
                        });
        assertEquals(403, status, "signed in, but a trainee only: no border work any more");
        assertEquals(401, session(lawfulSession).status(), "the open browser is signed out");
        assertTrue(
                Files.readString(data.resolve("training-users"))
                        .lines()
                        .filter(l -> l.startsWith(lawful.account() + " "))
                        .allMatch(l -> l.endsWith(": trainee")),
                "the account keeps the trainee role alone");

        Api.Reply feedback = lawful.training("feedback", "Accept", "application/json");
        assertEquals(200, feedback.status(), feedback.toString());
        String body = feedback.raw().body();
        JsonValue parsed = Json.createReader(new java.io.StringReader(body)).readValue();
        JsonObject own =
                parsed instanceof JsonArray list ? list.getJsonObject(0) : parsed.asJsonObject();
        assertEquals(lawful.account(), own.getString("account"), body);
        assertFalse(body.contains(wrong.account()), "no other trainee's card: " + body);
        assertEquals(403, wrong.training("runs/" + runId + "/scores").status());

        Api.Reply stored = trainer.get("runs/" + runId + "/scores");
        assertEquals(200, stored.status(), stored.toString());
        cardsAtClose = stored.array();
        assertEquals(2, cardsAtClose.size());
        assertEquals(100, cardOf(cardsAtClose, lawful).getInt("percent"));
        assertTrue(kinds(cardOf(cardsAtClose, wrong)).contains("CHILD_DETAINED"));
    }

    @Test
    @Order(9)
    void afterARestartBesideABorderThatIsNotATrainingInstanceTheDemoStaysOneAndNoRunOpens()
            throws Exception {
        suite.stop();
        Path plainData =
                Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "plain");
        try (MicroProcess plainBorder = new MicroProcess(plainData)) {
            plainBorder.start(); // entry alone, not a training instance
            suite = trainingSuite(plainBorder);
            suite.start();
            trainer = new Api(suite.base(), TrainerAccount.NAME);

            Thread.sleep(6_000); // the demo's first attempt after a start
            assertEquals(1, demoRuns().size(), "the demo run is opened once, across restarts");
            assertEquals(cardsAtClose, trainer.get("runs/" + runId + "/scores").array());

            Api.Reply refused =
                    trainer.post(
                            "runs",
                            "{\"exercise\":\"" + EXERCISE + "\"}",
                            "Idempotency-Key",
                            "open-beside-a-real-border");
            assertEquals(409, refused.status(), refused.toString());
            assertEquals("not-a-training-instance", refused.json().getString("code"));
            assertEquals("entry", refused.json().getString("module"));
            assertTrue(refused.json().getString("detail").contains("entry"), refused.toString());
            assertNotNull(refused.json().getString("detail"));
        }
    }
}
