package org.asylon.training.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.exercise.Exercise.CriticalKind;
import org.junit.jupiter.api.Test;

/** Reading exercise files strictly, and the index that lists them on the class path. */
class ExerciseJsonTest {

    @Test
    void theDemoExerciseReads() {
        Exercise demo = Exercises.get("border-boat-arrival");

        assertEquals("eu-pact-2026", demo.profile());
        assertEquals(List.of("entry"), demo.modules());
        assertEquals(6, demo.cast().size());
        assertEquals("POST", demo.setup().get(0).method());
        assertEquals("port", demo.setup().get(0).capture());
        assertEquals(
                Set.of(
                        CriticalKind.REFOULEMENT,
                        CriticalKind.PROTECTION_REQUEST_REFUSED,
                        CriticalKind.CHILD_DETAINED),
                demo.critical().stream()
                        .map(Exercise.CriticalError::kind)
                        .collect(Collectors.toSet()));
        assertTrue(demo.minutes() <= 20, "the demo is the short one");
    }

    @Test
    void theIndexListsEveryExerciseFileAndEveryOneReads() throws IOException {
        Set<String> files;
        try (Stream<Path> dir = Files.list(Path.of("../exercises"))) {
            files =
                    dir.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".json") && !n.equals(Exercises.INDEX))
                            .map(n -> n.substring(0, n.length() - ".json".length()))
                            .collect(Collectors.toSet());
        }

        assertEquals(files, Set.copyOf(Exercises.ids()));
        assertEquals(files.size(), Exercises.load().size());
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheFileAndTheField() {
        JsonObject demo = demo();
        JsonObject misspelt = Jsons.object(demo).add("critcal", Jsons.array()).build();
        JsonObject key = demo.getJsonArray("key").getJsonObject(2);
        JsonObject nested =
                Jsons.object(demo)
                        .add(
                                "key",
                                replaced(
                                        demo.getJsonArray("key"),
                                        2,
                                        Jsons.object(key).add("pointz", 3).build()))
                        .build();

        ExerciseException top =
                assertThrows(ExerciseException.class, () -> ExerciseJson.read(misspelt));
        ExerciseException inner =
                assertThrows(ExerciseException.class, () -> ExerciseJson.read(nested));

        assertTrue(
                top.getMessage().startsWith("border-boat-arrival.json: critcal "),
                top.getMessage());
        assertTrue(
                inner.getMessage().startsWith("border-boat-arrival.json: key[2].pointz "),
                inner.getMessage());
    }

    @Test
    void aMissingFieldAWrongValueOrAnIdNotTheFilesNameIsRefused() {
        JsonObject demo = demo();

        ExerciseException missing =
                assertThrows(
                        ExerciseException.class,
                        () -> ExerciseJson.read(Jsons.object(demo).remove("cohortSeed").build()));
        JsonObject critical = demo.getJsonArray("critical").getJsonObject(0);
        ExerciseException kind =
                assertThrows(
                        ExerciseException.class,
                        () ->
                                ExerciseJson.read(
                                        Jsons.object(demo)
                                                .add(
                                                        "critical",
                                                        Jsons.array()
                                                                .add(
                                                                        Jsons.object(critical)
                                                                                .add(
                                                                                        "kind",
                                                                                        "RUDENESS")))
                                                .build()));
        ExerciseException file =
                assertThrows(
                        ExerciseException.class,
                        () -> ExerciseJson.read(demo, "another-name.json"));

        assertTrue(missing.getMessage().contains(": cohortSeed is required"), missing.getMessage());
        assertTrue(
                kind.getMessage().contains("critical[0].kind 'RUDENESS' is not one of"),
                kind.getMessage());
        assertTrue(file.getMessage().startsWith("another-name.json: id "), file.getMessage());
    }

    @Test
    void aFindStepTakesNoBodyAndAWriteNoWhere() {
        JsonObject demo = demo();
        JsonObject step = demo.getJsonArray("setup").getJsonObject(0);

        ExerciseException where =
                assertThrows(
                        ExerciseException.class,
                        () ->
                                ExerciseJson.read(
                                        withStep(
                                                demo,
                                                Jsons.object(step)
                                                        .add("where", Jsons.object())
                                                        .build())));

        assertTrue(
                where.getMessage().contains("setup[0].where belongs only to a FIND or ENSURE step"),
                where.getMessage());
    }

    @Test
    void anEnsureStepNeedsTheFieldsThatFindTheRecordAndTheBodyThatMakesIt() {
        JsonObject demo = demo();
        JsonObject step =
                Jsons.object(demo.getJsonArray("setup").getJsonObject(0))
                        .add("method", "ENSURE")
                        .build();

        ExerciseException noWhere =
                assertThrows(
                        ExerciseException.class, () -> ExerciseJson.read(withStep(demo, step)));
        Exercise ensured =
                ExerciseJson.read(
                        withStep(
                                demo,
                                Jsons.object(step)
                                        .add("where", Jsons.object().add("name", "x"))
                                        .build()));

        assertTrue(
                noWhere.getMessage().contains("setup[0].where an ENSURE step needs"),
                noWhere.getMessage());
        assertEquals("ENSURE", ensured.setup().get(0).method());
    }

    /** The exercise with this one setup step. */
    private static JsonObject withStep(JsonObject exercise, JsonObject step) {
        return Jsons.object(exercise).add("setup", Jsons.array().add(step)).build();
    }

    private static JsonArray replaced(JsonArray array, int index, JsonValue value) {
        JsonArrayBuilder copy = Jsons.array();
        for (int i = 0; i < array.size(); i++) {
            copy.add(i == index ? value : array.get(i));
        }
        return copy.build();
    }

    private static JsonObject demo() {
        try (InputStream in =
                ExerciseJsonTest.class
                        .getClassLoader()
                        .getResourceAsStream(
                                Exercises.CLASSPATH_DIR + "border-boat-arrival.json")) {
            return Jsons.read(in).asJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
