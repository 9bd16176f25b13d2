package org.asylon.training.exercise;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One JSON object of an exercise file read strictly: a field the format does not know is an error,
 * and so is a required field left out or a value of the wrong type. Every error names the file and
 * the field's path ({@code border-boat-arrival.json: key[2].points}), because a trainer fixing a
 * file needs to find the line.
 */
final class JsonFields {

    private final String file;
    private final String path;
    private final JsonObject object;

    private JsonFields(String file, String path, JsonObject object, Set<String> known) {
        this.file = file;
        this.path = path;
        this.object = object;
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                throw error(
                        name,
                        "is not a field of the exercise format (known here: "
                                + String.join(", ", known.stream().sorted().toList())
                                + ")");
            }
        }
    }

    static JsonFields of(String file, String path, JsonValue value, Set<String> known) {
        if (!(value instanceof JsonObject object)) {
            throw new ExerciseException(
                    file + ": " + (path.isEmpty() ? "the file" : path) + " must be a JSON object");
        }
        return new JsonFields(file, path, object, known);
    }

    ExerciseException error(String field, String what) {
        return new ExerciseException(file + ": " + name(field) + " " + what);
    }

    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    String file() {
        return file;
    }

    String string(String field) {
        String value = optionalString(field);
        if (value == null || value.isBlank()) {
            throw error(field, "is required (a non-empty string)");
        }
        return value;
    }

    String optionalString(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw error(field, "must be a string");
        }
        return string.getString();
    }

    long number(String field) {
        JsonValue value = object.get(field);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw error(field, "is required (a whole number)");
        }
        return number.longValueExact();
    }

    int optionalInt(String field, int otherwise) {
        return object.containsKey(field) ? Math.toIntExact(number(field)) : otherwise;
    }

    boolean optionalBoolean(String field) {
        JsonValue value = object.get(field);
        if (value == null) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw error(field, "must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    JsonObject optionalObject(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject nested)) {
            throw error(field, "must be a JSON object");
        }
        return nested;
    }

    List<String> strings(String field) {
        List<String> values = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString string) || string.getString().isBlank()) {
                throw error(field + "[" + i + "]", "must be a non-empty string");
            }
            values.add(string.getString());
        }
        return List.copyOf(values);
    }

    /** A string-to-string map, e.g. a cast member's criteria or a text's languages. */
    Map<String, String> stringMap(String field) {
        JsonObject nested = optionalObject(field);
        if (nested == null) {
            throw error(field, "is required (a JSON object)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        nested.forEach(
                (name, value) -> {
                    if (!(value instanceof JsonString string)) {
                        throw error(field + "." + name, "must be a string");
                    }
                    values.put(name, string.getString());
                });
        return values;
    }

    /** Each element of an array of objects, read by {@code element} with its own path. */
    <T> List<T> objects(String field, BiFunction<String, JsonValue, T> element) {
        List<T> values = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            values.add(element.apply(name(field) + "[" + i + "]", array.get(i)));
        }
        return List.copyOf(values);
    }

    private JsonArray array(String field) {
        JsonValue value = object.get(field);
        if (!(value instanceof JsonArray array)) {
            throw error(field, "is required (a JSON array)");
        }
        return array;
    }
}
