package org.asylon.training.exercise;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.json.Jsons;

/**
 * The exercises the suite ships, read from the class path ({@code asylon/training/exercises/},
 * where the build copies {@code training/exercises/*.json}). A directory on the class path cannot
 * be listed inside a jar, so {@code index.json} names them: {@code {"exercises":
 * ["border-boat-arrival", …]}}, in the order a trainer sees them.
 */
public final class Exercises {

    public static final String CLASSPATH_DIR = "asylon/training/exercises/";
    public static final String INDEX = "index.json";

    /**
     * The day every exercise's cohort is generated for: ages and document expiry are reckoned on
     * it. Fixed, so that the cast an exercise was written and validated for is the cast a run gets.
     */
    public static final LocalDate COHORT_REFERENCE_DATE = LocalDate.parse("2026-01-15");

    private Exercises() {}

    /** Every exercise of the index, read strictly. */
    public static List<Exercise> load() {
        return load(Exercises.class.getClassLoader());
    }

    static List<Exercise> load(ClassLoader loader) {
        List<Exercise> exercises = new ArrayList<>();
        for (String id : ids(loader)) {
            exercises.add(ExerciseJson.read(object(loader, id + ".json"), id + ".json"));
        }
        return List.copyOf(exercises);
    }

    /** One exercise by its id. */
    public static Exercise get(String id) {
        return load().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ExerciseException("no exercise '" + id + "' in " + INDEX));
    }

    /** The ids the index lists. */
    public static List<String> ids() {
        return ids(Exercises.class.getClassLoader());
    }

    private static List<String> ids(ClassLoader loader) {
        JsonObject index = object(loader, INDEX);
        JsonFields f = JsonFields.of(INDEX, "", index, Set.of("exercises"));
        return f.strings("exercises");
    }

    private static JsonObject object(ClassLoader loader, String file) {
        try (InputStream in = loader.getResourceAsStream(CLASSPATH_DIR + file)) {
            if (in == null) {
                throw new ExerciseException(
                        file + ": not on the class path under " + CLASSPATH_DIR);
            }
            JsonValue value = Jsons.read(in);
            if (!(value instanceof JsonObject object)) {
                throw new ExerciseException(file + ": the file must hold one JSON object");
            }
            return object;
        } catch (JsonException e) {
            throw new ExerciseException(file + ": not JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
