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
import java.time.Instant;
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
 * ABSENT} critical errors. Under convention-1951 a reception officer then does the key's referrals
 * through reception's API and earns their points: the scorer reads reception's real events.
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

        private void loadsAndScores(Exercise exercise) {
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
            Exercise exercise = Exercises.get("reception-referrals");
            Trainee trainee = trainees.get(exercise.id());
            assertTrue(trainee != null, "reception-referrals was loaded");
            Map<String, Persona> cast =
                    Cast.resolve(
                            exercise,
                            Cohort.generate(
                                    exercise.cohortSeed(),
                                    new ProfileLoader().load(exercise.profile()),
                                    Exercises.COHORT_REFERENCE_DATE));
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
    }

    /** Reception's API called with a trainee's own account. */
    private record Reception(String base, Instance.Trainee trainee) {

        private static final HttpClient HTTP =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        /** The persona's arrival, found by the names the border registered. */
        JsonObject arrival(Persona persona) throws IOException, InterruptedException {
            HttpResponse<String> list = send(HttpRequest.newBuilder(uri("arrivals?limit=100")));
            assertEquals(200, list.statusCode(), list::body);
            JsonArray arrivals;
            try (var reader = Json.createReader(new StringReader(list.body()))) {
                arrivals = reader.readArray();
            }
            return arrivals.stream()
                    .map(JsonValue::asJsonObject)
                    .filter(a -> persona.statedSurname().equals(a.getString("surname", null)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no arrival of " + persona.id()));
        }

        void askForAsylum(Persona persona) throws IOException, InterruptedException {
            JsonObject arrival = arrival(persona);
            HttpResponse<String> asked =
                    send(
                            change(arrival, "/asylum-request")
                                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, asked.statusCode(), asked::body);
        }

        void refer(Persona persona, String channel, String reason)
                throws IOException, InterruptedException {
            JsonObject arrival = arrival(persona);
            String body =
                    Jsons.object()
                            .add("channels", Jsons.array().add(channel))
                            .add("reason", reason)
                            .build()
                            .toString();
            HttpResponse<String> referred =
                    send(
                            change(arrival, "/referrals")
                                    .header("Content-Type", "application/json")
                                    .PUT(
                                            HttpRequest.BodyPublishers.ofString(
                                                    body, StandardCharsets.UTF_8)));
            assertEquals(200, referred.statusCode(), referred::body);
        }

        private HttpRequest.Builder change(JsonObject arrival, String what) {
            return HttpRequest.newBuilder(uri("arrivals/" + arrival.getString("id") + what))
                    .header("If-Match", "\"" + arrival.getInt("version") + "\"")
                    .header("Idempotency-Key", UUID.randomUUID().toString());
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
            return HTTP.send(
                    request.header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
