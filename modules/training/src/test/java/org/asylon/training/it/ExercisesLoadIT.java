package org.asylon.training.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.asylon.training.exercise.Cast;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.exercise.Exercise.CriticalError;
import org.asylon.training.exercise.Exercises;
import org.asylon.training.persona.Cohort;
import org.asylon.training.persona.Persona;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;

/**
 * Every exercise loads and scores on the real modules: one training instance per legal profile the
 * exercises use, each a Payara Micro with every module WAR they need and the runner, wired as
 * {@code ./run.sh} wires them (each module following the others' feeds). For every exercise under
 * the instance's profile the trainer opens a run and adds a trainee: the setup must go through
 * (201), and the untouched trainee must earn nothing and incur exactly the exercise's {@code
 * ABSENT} critical errors. Then lawful trainees play on through the modules' APIs with their own
 * accounts and earn their keys' points with no critical error, which proves those keys can be
 * earned on the real modules: under eu-pact-2026 a detention authority ({@code
 * detention-lawful-order}), an eligibility officer ({@code eligibility-triage}) and a liaison
 * officer ({@code readmission-take-back}), under convention-1951 a reception officer ({@code
 * reception-referrals}) and a return officer ({@code return-gate}).
 */
class ExercisesLoadIT {

    /** One training instance of the suite under a profile, shared by its exercises. */
    abstract static class Instance {

        private MicroProcess suite;
        Api trainer;

        /** The run and trainee of each exercise loaded, for the tests that play one further. */
        final Map<String, Trainee> trainees = new LinkedHashMap<>();

        record Trainee(String run, String account, String password) {}

        abstract String profile();

        List<Exercise> exercises() {
            return Exercises.load().stream().filter(e -> e.profiles().contains(profile())).toList();
        }

        @BeforeAll
        void start() throws Exception {
            Set<String> modules = new TreeSet<>();
            exercises().forEach(e -> modules.addAll(e.modules()));
            List<Path> wars = new ArrayList<>();
            for (String module : modules) {
                wars.add(Path.of(System.getProperty(module + ".war")));
            }
            wars.add(Path.of(System.getProperty("training.war")));
            Path data =
                    Files.createTempDirectory(
                            Path.of(System.getProperty("java.io.tmpdir")),
                            "exercises-" + profile());
            suite =
                    new MicroProcess(
                                    data,
                                    "asylon.training.instance=true",
                                    "asylon.profile=" + profile(),
                                    "asylon.training.users.file=" + data.resolve("training-users"))
                            .deploying("training", wars.toArray(Path[]::new));
            suite.with("asylon.training.suite.url=http://127.0.0.1:" + suite.port());
            // every module follows the others' feeds, as ./run.sh wires them
            for (String feed : List.of("entry", "reception", "rsd", "return", "readmission")) {
                if (modules.contains(feed)) {
                    suite.with(suite.following(feed, feed));
                }
            }
            if (modules.contains("readmission")) {
                // this state's code for its partners, as ./run.sh sets it: without one, readmission
                // keeps its requests but sends none
                suite.with("asylon.readmission.state=NLD");
            }
            TrainerAccount.writeInto(data.resolve("training-users"));
            suite.start();
            trainer = new Api(suite.base(), TrainerAccount.NAME);
            awaitTheDemoRun();
        }

        /**
         * The runner opens its demo run in the background once the suite is ready; two runs opened
         * at the same moment would draw the same number (the lead knows), so the tests wait for it.
         */
        private void awaitTheDemoRun() throws InterruptedException {
            Instant deadline = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(deadline)) {
                Api.Reply runs = trainer.get("runs");
                if (runs.status() == 200
                        && runs.array().stream()
                                .map(JsonValue::asJsonObject)
                                .anyMatch(
                                        r ->
                                                "border-boat-arrival"
                                                        .equals(r.getString("exercise")))) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new AssertionError("the demo run did not open in 120 s");
        }

        @AfterAll
        void stop() throws Exception {
            if (suite != null) {
                suite.stop();
            }
        }

        @Test
        @Order(1)
        void everyExerciseLoadsAndTheUntouchedTraineeEarnsNothingButTheAbsentCriticalErrors() {
            List<Exercise> exercises = exercises();
            assertTrue(!exercises.isEmpty(), "no exercise holds under " + profile());
            assertAll(exercises.stream().map(e -> (Executable) () -> loadsAndScores(e)));
        }

        void loadsAndScores(Exercise exercise) {
            Api.Reply opened =
                    trainer.create(
                            "runs",
                            Jsons.object()
                                    .add("exercise", exercise.id())
                                    .add("label", "load " + exercise.id())
                                    .build()
                                    .toString());
            assertEquals(201, opened.status(), exercise.id() + ": " + opened);
            assertEquals(profile(), opened.json().getString("profile"), exercise.id());
            String run = opened.json().getString("id");

            Api.Reply added =
                    trainer.create(
                            "runs/" + run + "/trainees",
                            "{\"name\":\"untouched\",\"language\":\"en\"}");
            assertEquals(201, added.status(), exercise.id() + ": the setup failed: " + added);
            trainees.put(
                    exercise.id(),
                    new Trainee(
                            run,
                            added.json().getString("account"),
                            added.json().getString("password")));

            JsonObject card = scorecard(run);
            assertEquals(0, card.getInt("earned"), exercise.id() + ": " + card);
            Set<String> absent = new TreeSet<>();
            for (CriticalError c : exercise.critical()) {
                if (c.when() == CriticalError.When.ABSENT) {
                    absent.add(c.id());
                }
            }
            assertEquals(absent, criticalIds(card), exercise.id() + ": " + card);
        }

        JsonObject scorecard(String run) {
            Api.Reply scores = trainer.get("runs/" + run + "/scores");
            assertEquals(200, scores.status(), scores::toString);
            assertEquals(1, scores.array().size(), scores::toString);
            return scores.array().getJsonObject(0);
        }

        static Set<String> criticalIds(JsonObject card) {
            Set<String> ids = new TreeSet<>();
            card.getJsonArray("criticalErrors")
                    .forEach(e -> ids.add(e.asJsonObject().getString("itemId")));
            return ids;
        }

        static Set<String> earnedIds(JsonObject card) {
            Set<String> ids = new TreeSet<>();
            card.getJsonArray("earnedItems")
                    .forEach(e -> ids.add(e.asJsonObject().getString("itemId")));
            return ids;
        }

        /** The exercise's cast, drawn as the runner draws it. */
        static Map<String, Persona> cast(Exercise exercise) {
            return Cast.resolve(
                    exercise,
                    Cohort.generate(
                            exercise.cohortSeed(),
                            new ProfileLoader().load(exercise.profile()),
                            Exercises.COHORT_REFERENCE_DATE));
        }

        /** The trainee an exercise was loaded for, to play on with their own account. */
        Trainee loaded(String exercise) {
            Trainee trainee = trainees.get(exercise);
            assertTrue(trainee != null, exercise + " was loaded");
            return trainee;
        }

        String moduleUrl(String module) {
            return suite.moduleUrl(module) + "/api/v1/";
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class UnderEuPact2026 extends Instance {
        @Override
        String profile() {
            return "eu-pact-2026";
        }

        /**
         * The detention authority of {@code detention-lawful-order} orders the lone adult's
         * detention on a ground of the profile with every alternative of the profile weighed in
         * writing, and orders an alternative for the parent whose child is in reception: both
         * items' points, and no critical error.
         */
        @Test
        @Order(2)
        void aDetentionAuthorityWhoOrdersLawfullyEarnsTheKeysPoints() throws Exception {
            Trainee trainee = loaded("detention-lawful-order");
            Map<String, Persona> cast = cast(Exercises.get("detention-lawful-order"));
            TraineeApi detention = new TraineeApi(moduleUrl("detention"), trainee);
            JsonObject a = detention.find("people?limit=100", cast.get("A"));
            JsonObject b = detention.find("people?limit=100", cast.get("B"));
            String centre =
                    detention.list("facilities").stream()
                            .map(JsonValue::asJsonObject)
                            .filter(f -> f.getString("name").startsWith("Valmont"))
                            .findFirst()
                            .orElseThrow()
                            .getString("id");
            String room =
                    detention
                            .get("facilities/" + centre)
                            .getJsonArray("rooms")
                            .getJsonObject(0)
                            .getString("id");
            var considered = Jsons.array();
            new ProfileLoader()
                    .load(profile())
                    .list("detention.alternatives")
                    .forEach(
                            alternative ->
                                    considered.add(
                                            Jsons.object()
                                                    .add("code", alternative.code())
                                                    .add(
                                                            "whyInsufficient",
                                                            "No address, no guarantor, no"
                                                                    + " document to surrender.")));

            detention.create(
                    "people/" + a.getString("id") + "/orders",
                    Jsons.object()
                            .add("groundCode", "return-preparation")
                            .add(
                                    "individualAssessment",
                                    Jsons.object()
                                            .add(
                                                    "necessity",
                                                    "Gives no address: risk of absconding.")
                                            .add("proportionality", "An adult alone, for removal."))
                            .add("alternativesConsidered", considered)
                            .add(
                                    "authority",
                                    Jsons.object()
                                            .add("kind", "ADMINISTRATIVE")
                                            .add("name", "Prefecture (training)"))
                            .add("startsAt", Instant.now().toString())
                            .add("facilityId", centre)
                            .add("roomId", room)
                            .build());
            detention.create(
                    "people/" + b.getString("id") + "/alternatives",
                    Jsons.object()
                            .add("code", "designated-residence")
                            .add("conditions", "Lives with the child at the reception centre.")
                            .build());

            JsonObject card = scorecard(trainee.run());
            assertEquals(Set.of("A-order", "B-alternative"), earnedIds(card), card::toString);
            assertEquals(14, card.getInt("earned"), card::toString);
            assertEquals(Set.of(), criticalIds(card), card::toString);
        }

        /**
         * The eligibility officer of {@code eligibility-triage} registers and lodges the three
         * applications (the first due today), keeps the unaccompanied child in the regular track
         * and books the two interviews with an interviewer and interpreter RSD offers as fitting:
         * every item's points, and no deadline missed.
         */
        @Test
        @Order(3)
        void anEligibilityOfficerWhoRegistersInTimeAndBooksFittingInterviewsEarnsTheKeysPoints()
                throws Exception {
            Trainee trainee = loaded("eligibility-triage");
            Map<String, Persona> cast = cast(Exercises.get("eligibility-triage"));
            TraineeApi rsd = new TraineeApi(moduleUrl("rsd"), trainee);
            Map<String, String> applications = new LinkedHashMap<>();
            for (String alias : List.of("A", "B", "C")) {
                JsonObject application = rsd.find("applications?limit=500", cast.get(alias));
                String path = "applications/" + application.getString("id");
                application = rsd.change("POST", path + "/registration", application, null);
                application = rsd.change("POST", path + "/lodging", application, null);
                applications.put(alias, path);
            }
            // RSD put the child in the regular track on its own when the application opened
            // (that credits nobody); the officer's triage is the decision recorded with reasons
            rsd.change(
                    "PUT",
                    applications.get("C") + "/track",
                    rsd.get(applications.get("C")),
                    Jsons.object()
                            .add("track", "regular")
                            .add("reasons", "An unaccompanied child: the regular examination.")
                            .build());
            Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(3));
            book(rsd, applications.get("A"), day.plus(Duration.ofHours(9)));
            book(rsd, applications.get("B"), day.plus(Duration.ofHours(13)));

            JsonObject card = scorecard(trainee.run());
            assertEquals(
                    Set.of(
                            "A-registered",
                            "A-interview",
                            "B-registered",
                            "B-interview",
                            "C-registered",
                            "C-track"),
                    earnedIds(card),
                    card::toString);
            assertEquals(17, card.getInt("earned"), card::toString);
            assertEquals(Set.of(), criticalIds(card), card::toString);
        }

        /**
         * The liaison officer of {@code readmission-take-back} sends the notification due today and
         * completes the other with the Eurodac hit before sending it: both items' points, and no
         * critical error. The partner states cannot be reached, so both stay in the outbox,
         * awaiting a reply.
         */
        @Test
        @Order(4)
        void aLiaisonOfficerWhoSendsTheNotificationDueTodayAndCompletesTheOtherEarnsTheKeysPoints()
                throws Exception {
            Trainee trainee = loaded("readmission-take-back");
            TraineeApi readmission = new TraineeApi(moduleUrl("readmission"), trainee);
            JsonObject a = readmission.draft("A");
            JsonObject b = readmission.draft("B");
            // the hit came two weeks before the run: the limit to notify ends today
            assertEquals(
                    LocalDate.now(ZoneOffset.UTC).toString(),
                    a.getJsonObject("requestDeadline").getJsonObject("deadline").getString("due"),
                    a::toString);

            readmission.change("POST", "requests/" + a.getString("id") + "/sending", a, null);
            readmission.create(
                    "requests/" + b.getString("id") + "/evidence",
                    Jsons.object()
                            .add("category", "eurodac-hit")
                            .add("description", "Eurodac category 1 hit (training)")
                            .build());
            String pathB = "requests/" + b.getString("id");
            JsonObject sentB =
                    readmission.change("POST", pathB + "/sending", readmission.get(pathB), null);
            assertEquals("AWAITING_REPLY", sentB.getString("state"), sentB::toString);

            JsonObject card = scorecard(trainee.run());
            assertEquals(Set.of("A-notified", "B-notified"), earnedIds(card), card::toString);
            assertEquals(9, card.getInt("earned"), card::toString);
            assertEquals(Set.of(), criticalIds(card), card::toString);
        }

        /**
         * A partner state is registered once per instance (a second registration is 409): a second
         * run of {@code readmission-take-back} finds the partner states the first registered (setup
         * step ENSURE) and loads like the first.
         */
        @Test
        @Order(5)
        void aSecondReadmissionRunFindsThePartnerStatesTheFirstRegistered() {
            loadsAndScores(Exercises.get("readmission-take-back"));
        }

        /** An interview with the first interviewer and interpreter RSD offers for the slot. */
        private static void book(TraineeApi rsd, String application, Instant at)
                throws IOException, InterruptedException {
            JsonObject options =
                    rsd.get(application + "/interviews/options?at=" + at + "&durationMinutes=90");
            assertTrue(!options.getJsonArray("interviewers").isEmpty(), options::toString);
            var interview =
                    Jsons.object()
                            .add("at", at.toString())
                            .add("durationMinutes", 90)
                            .add("location", "Interview room 2 (training)")
                            .add(
                                    "interviewer",
                                    options.getJsonArray("interviewers")
                                            .getJsonObject(0)
                                            .getString("userName"));
            if (options.getBoolean("interpreterNeeded")) {
                assertTrue(!options.getJsonArray("interpreters").isEmpty(), options::toString);
                interview.add(
                        "interpreterId",
                        options.getJsonArray("interpreters").getJsonObject(0).getString("id"));
            }
            rsd.create(application + "/interviews", interview.build());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class UnderConvention1951 extends Instance {
        @Override
        String profile() {
            return "convention-1951";
        }

        /**
         * The reception officer of {@code reception-referrals} hears the two who fear return and
         * refers them to the asylum procedure, refers the child travelling alone to child
         * protection and the sick man to medical care: each item's points, and no critical error.
         */
        @Test
        @Order(2)
        void aReceptionOfficerWhoMakesTheReferralsEarnsTheirPoints() throws Exception {
            Trainee trainee = loaded("reception-referrals");
            Map<String, Persona> cast = cast(Exercises.get("reception-referrals"));
            Reception reception = new Reception(moduleUrl("reception"), trainee);

            reception.askForAsylum(cast.get("A"));
            reception.askForAsylum(cast.get("B"));
            reception.refer(cast.get("C"), "CHILD_PROTECTION", "a child travelling alone");
            reception.refer(cast.get("D"), "MEDICAL_PSYCHOSOCIAL", "a serious medical condition");

            JsonObject card = scorecard(trainee.run());
            assertEquals(
                    Set.of("A-asylum", "B-asylum", "C-child-protection", "D-medical"),
                    earnedIds(card),
                    card::toString);
            assertEquals(16, card.getInt("earned"), card::toString);
            assertEquals(Set.of(), criticalIds(card), card::toString);
        }

        /**
         * The return officer of {@code return-gate} records the request for protection made at the
         * desk and refers the man who wants to go home to assisted voluntary return with his
         * consent: both items' points, and no critical error.
         */
        @Test
        @Order(3)
        void aReturnOfficerWhoRecordsTheRequestAndRefersWithConsentEarnsTheKeysPoints()
                throws Exception {
            Trainee trainee = loaded("return-gate");
            Map<String, Persona> cast = cast(Exercises.get("return-gate"));
            TraineeApi returns = new TraineeApi(moduleUrl("return"), trainee);
            Persona a = cast.get("A");
            String caseA = returns.find("cases?limit=500", a).getString("id");
            String caseB = returns.find("cases?limit=500", cast.get("B")).getString("id");
            String iom =
                    returns.list("partners").stream()
                            .map(JsonValue::asJsonObject)
                            .filter(p -> p.getString("name").equals("IOM (training)"))
                            .findFirst()
                            .orElseThrow()
                            .getString("id");

            returns.create(
                    "cases/" + caseA + "/protection-requests",
                    Jsons.object()
                            .add("madeAt", Instant.now().toString())
                            .add("where", "OFFICE")
                            .add("fearedCountries", Jsons.array().add(a.nationalities().get(0)))
                            .build());
            returns.create(
                    "cases/" + caseB + "/avrr-referrals",
                    Jsons.object()
                            .add("partnerId", iom)
                            .add("consent", Jsons.object().add("given", true))
                            .build());

            JsonObject card = scorecard(trainee.run());
            assertEquals(Set.of("A-request", "B-avrr"), earnedIds(card), card::toString);
            assertEquals(9, card.getInt("earned"), card::toString);
            assertEquals(Set.of(), criticalIds(card), card::toString);
        }
    }

    /** Reception's API called with a trainee's own account. */
    private record Reception(TraineeApi api) {

        Reception(String base, Instance.Trainee trainee) {
            this(new TraineeApi(base, trainee));
        }

        /** The persona's arrival, found by the names the border registered. */
        JsonObject arrival(Persona persona) throws IOException, InterruptedException {
            return api.find("arrivals?limit=100", persona);
        }

        void askForAsylum(Persona persona) throws IOException, InterruptedException {
            JsonObject arrival = arrival(persona);
            api.change("POST", arrivalPath(arrival, "/asylum-request"), arrival, null);
        }

        void refer(Persona persona, String channel, String reason)
                throws IOException, InterruptedException {
            JsonObject arrival = arrival(persona);
            api.change(
                    "PUT",
                    arrivalPath(arrival, "/referrals"),
                    arrival,
                    Jsons.object()
                            .add("channels", Jsons.array().add(channel))
                            .add("reason", reason)
                            .build());
        }

        private static String arrivalPath(JsonObject arrival, String what) {
            return "arrivals/" + arrival.getString("id") + what;
        }
    }

    /** A module's API called with a trainee's own account, as the officers' app calls it. */
    private record TraineeApi(String base, Instance.Trainee trainee) {

        private static final HttpClient HTTP =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        JsonArray list(String path) throws IOException, InterruptedException {
            HttpResponse<String> list = send(HttpRequest.newBuilder(uri(path)).GET());
            assertEquals(200, list.statusCode(), () -> path + ": " + list.body());
            try (var reader = Json.createReader(new StringReader(list.body()))) {
                return reader.readArray();
            }
        }

        JsonObject get(String path) throws IOException, InterruptedException {
            HttpResponse<String> one = send(HttpRequest.newBuilder(uri(path)).GET());
            assertEquals(200, one.statusCode(), () -> path + ": " + one.body());
            return object(one.body());
        }

        /** The element of the list whose surname is the persona's. */
        JsonObject find(String path, Persona persona) throws IOException, InterruptedException {
            return list(path).stream()
                    .map(JsonValue::asJsonObject)
                    .filter(o -> persona.statedSurname().equals(o.getString("surname", null)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(path + ": no " + persona.id()));
        }

        /**
         * The draft the setup prepared for this trainee and persona (its origin reference names
         * both).
         */
        JsonObject draft(String alias) throws IOException, InterruptedException {
            String reference = "Training " + trainee.account() + " " + alias;
            String id =
                    list("requests?direction=OUTGOING&limit=500").stream()
                            .map(JsonValue::asJsonObject)
                            .filter(r -> reference.equals(r.getString("originReference", null)))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no draft " + reference))
                            .getString("id");
            return get("requests/" + id);
        }

        /** A change of a versioned record: If-Match its version; 200. */
        JsonObject change(String method, String path, JsonObject record, JsonObject body)
                throws IOException, InterruptedException {
            return call(method, path, "\"" + record.getInt("version") + "\"", body, 200);
        }

        /** A creation: an Idempotency-Key; 201. */
        JsonObject create(String path, JsonObject body) throws IOException, InterruptedException {
            return call("POST", path, null, body, 201);
        }

        private JsonObject call(
                String method, String path, String ifMatch, JsonObject body, int expected)
                throws IOException, InterruptedException {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(uri(path))
                            .header("Idempotency-Key", UUID.randomUUID().toString());
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
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
            HttpResponse<String> answer = send(request);
            assertEquals(
                    expected,
                    answer.statusCode(),
                    () -> method + " " + path + ": " + answer.body());
            return object(answer.body());
        }

        private static JsonObject object(String body) {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        private URI uri(String path) {
            return URI.create(base + path);
        }

        private HttpResponse<String> send(HttpRequest.Builder request)
                throws IOException, InterruptedException {
            String basic =
                    Base64.getEncoder()
                            .encodeToString(
                                    (trainee.account() + ":" + trainee.password())
                                            .getBytes(StandardCharsets.UTF_8));
            HttpRequest signed = request.header("Authorization", "Basic " + basic).build();
            HttpResponse<String> answer = HTTP.send(signed, HttpResponse.BodyHandlers.ofString());
            // a new trainee's line reaches the modules within about a second of the add
            for (int i = 0; i < 20 && answer.statusCode() == 401; i++) {
                Thread.sleep(250);
                answer = HTTP.send(signed, HttpResponse.BodyHandlers.ofString());
            }
            return answer;
        }
    }
}
