package org.asylon.training.exercise;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.asylon.training.exercise.Exercise.CastMember;
import org.asylon.training.exercise.Exercise.CriticalError;
import org.asylon.training.exercise.Exercise.CriticalKind;
import org.asylon.training.exercise.Exercise.KeyItem;
import org.asylon.training.exercise.Exercise.SetupStep;
import org.asylon.training.exercise.Exercise.Task;
import org.asylon.training.exercise.Exercise.Texts;

/**
 * Reads an exercise file ({@code training/exercises/README.md} describes the format) strictly: an
 * unknown field is refused rather than ignored, because a misspelt {@code "critcal"} would
 * otherwise drop a critical error from the key without anyone noticing.
 */
public final class ExerciseJson {

    /**
     * The methods a setup step may use: the three writes, FIND (read until an element matches) and
     * ENSURE (the element that matches, or else a POST that makes it: a record the whole training
     * instance holds once, like a partner state, whatever the number of runs).
     */
    public static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "FIND", "ENSURE");

    /** How long a FIND waits when the step does not say. */
    public static final int DEFAULT_FIND_SECONDS = 30;

    private static final Set<String> EXERCISE =
            Set.of(
                    "id",
                    "role",
                    "accountRoles",
                    "modules",
                    "profile",
                    "alsoFor",
                    "cohortSeed",
                    "minutes",
                    "title",
                    "briefing",
                    "cast",
                    "setup",
                    "tasks",
                    "key",
                    "critical");
    private static final Set<String> CAST = Set.of("alias", "where", "note");
    private static final Set<String> SETUP =
            Set.of(
                    "id",
                    "module",
                    "method",
                    "path",
                    "body",
                    "where",
                    "ifMatch",
                    "capture",
                    "perTrainee",
                    "timeoutSeconds");
    private static final Set<String> TASK = Set.of("id", "text");
    private static final Set<String> KEY =
            Set.of(
                    "id",
                    "task",
                    "persona",
                    "observation",
                    "points",
                    "competence",
                    "rule",
                    "explanation");
    private static final Set<String> CRITICAL =
            Set.of(
                    "id",
                    "persona",
                    "kind",
                    "when",
                    "observation",
                    "penalty",
                    "rule",
                    "explanation");

    private ExerciseJson() {}

    /** Reads an exercise whose errors name the file as {@code <id>.json}. */
    public static Exercise read(JsonObject json) {
        JsonValue id = json.get("id");
        String file = id instanceof JsonString s ? s.getString() + ".json" : "exercise";
        return read(json, file);
    }

    /**
     * @param file the file's name, for the errors; its name without {@code .json} must be the id
     */
    public static Exercise read(JsonObject json, String file) {
        JsonFields f = JsonFields.of(file, "", json, EXERCISE);
        String id = f.string("id");
        if (file.endsWith(".json") && !file.equals(id + ".json")) {
            throw f.error("id", "'" + id + "' is not the file's name without .json");
        }
        return new Exercise(
                id,
                f.string("role"),
                f.strings("accountRoles"),
                f.strings("modules"),
                f.string("profile"),
                json.containsKey("alsoFor") ? f.strings("alsoFor") : List.of(),
                f.number("cohortSeed"),
                Math.toIntExact(f.number("minutes")),
                texts(f, "title"),
                texts(f, "briefing"),
                f.objects("cast", (path, value) -> cast(file, path, value)),
                f.objects("setup", (path, value) -> setup(file, path, value)),
                f.objects("tasks", (path, value) -> task(file, path, value)),
                f.objects("key", (path, value) -> keyItem(file, path, value)),
                f.objects("critical", (path, value) -> critical(file, path, value)));
    }

    private static CastMember cast(String file, String path, JsonValue value) {
        JsonFields f = JsonFields.of(file, path, value, CAST);
        return new CastMember(f.string("alias"), f.stringMap("where"), texts(f, "note"));
    }

    private static SetupStep setup(String file, String path, JsonValue value) {
        JsonFields f = JsonFields.of(file, path, value, SETUP);
        String method = f.string("method");
        if (!METHODS.contains(method)) {
            throw f.error(
                    "method",
                    "must be one of " + String.join(", ", METHODS.stream().sorted().toList()));
        }
        boolean find = method.equals("FIND");
        boolean ensure = method.equals("ENSURE");
        JsonObject where = f.optionalObject("where");
        if (where != null && !find && !ensure) {
            throw f.error("where", "belongs only to a FIND or ENSURE step");
        }
        if (find && f.optionalObject("body") != null) {
            throw f.error("body", "a FIND step sends no body");
        }
        if (ensure && (where == null || where.isEmpty() || f.optionalObject("body") == null)) {
            throw f.error(
                    "where",
                    "an ENSURE step needs the fields that find the record and the body that"
                            + " makes it");
        }
        return new SetupStep(
                f.string("id"),
                f.string("module"),
                method,
                f.string("path"),
                f.optionalObject("body"),
                find && where == null ? JsonValue.EMPTY_JSON_OBJECT : where,
                f.optionalString("ifMatch"),
                f.optionalString("capture"),
                f.optionalBoolean("perTrainee"),
                f.optionalInt("timeoutSeconds", find ? DEFAULT_FIND_SECONDS : 0));
    }

    private static Task task(String file, String path, JsonValue value) {
        JsonFields f = JsonFields.of(file, path, value, TASK);
        return new Task(f.string("id"), texts(f, "text"));
    }

    private static KeyItem keyItem(String file, String path, JsonValue value) {
        JsonFields f = JsonFields.of(file, path, value, KEY);
        return new KeyItem(
                f.string("id"),
                f.string("task"),
                f.optionalString("persona"),
                f.string("observation"),
                Math.toIntExact(f.number("points")),
                f.string("competence"),
                f.string("rule"),
                texts(f, "explanation"));
    }

    private static CriticalError critical(String file, String path, JsonValue value) {
        JsonFields f = JsonFields.of(file, path, value, CRITICAL);
        return new CriticalError(
                f.string("id"),
                f.optionalString("persona"),
                constant(f, "kind", CriticalKind.class),
                constant(f, "when", CriticalError.When.class),
                f.string("observation"),
                Math.toIntExact(f.number("penalty")),
                f.string("rule"),
                texts(f, "explanation"));
    }

    private static Texts texts(JsonFields f, String field) {
        var byLanguage = f.stringMap(field);
        if (!byLanguage.containsKey("en")) {
            throw f.error(field, "needs at least an English text (\"en\")");
        }
        return new Texts(Map.copyOf(byLanguage));
    }

    private static <E extends Enum<E>> E constant(JsonFields f, String field, Class<E> type) {
        String value = f.string(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw f.error(
                    field,
                    "'"
                            + value
                            + "' is not one of "
                            + List.of(type.getEnumConstants()).toString().toUpperCase(Locale.ROOT));
        }
    }
}
