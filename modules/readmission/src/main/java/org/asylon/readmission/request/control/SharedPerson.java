package org.asylon.readmission.request.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.Regime;

/**
 * The facts about a person that may travel between the two states: only the fields the regime lists
 * in {@code regime.shared-fields}, from the closed set the suite knows ({@link
 * Regime#SHAREABLE_FIELDS}), in which nothing of the asylum claim exists. Used both ways: on what
 * this state sends and on what a partner sends (a partner sending more than the regime allows is
 * refused, so the excess is never stored). JSON keys are the field codes in camel case ({@code
 * date-of-birth} → {@code dateOfBirth}). Pure.
 */
public final class SharedPerson {

    private static final int MAX_TEXT = 200;
    private static final int MAX_ITEMS = 20;

    private SharedPerson() {}

    /**
     * Checks every field of {@code person}; throws a 422 naming {@code prefix.<key>} for a field
     * the regime does not share or a value of the wrong shape.
     */
    public static void check(JsonObject person, String regime, List<String> shared, String prefix) {
        if (person.isEmpty()) {
            throw ProblemException.invalidField(
                    prefix, "at least one fact that identifies the person");
        }
        for (Map.Entry<String, JsonValue> e : person.entrySet()) {
            String field = prefix + "." + e.getKey();
            String code = code(e.getKey());
            if (!Regime.SHAREABLE_FIELDS.contains(code)) {
                throw ProblemException.invalidField(
                        field,
                        "not a field that may leave the state (regime.shared-fields codes: "
                                + String.join(
                                        ", ", Regime.SHAREABLE_FIELDS.stream().sorted().toList())
                                + ")");
            }
            if (!shared.contains(code)) {
                throw ProblemException.invalidField(
                        field,
                        "not shared under the regime "
                                + regime
                                + " (regime.shared-fields: "
                                + String.join(", ", shared)
                                + ")");
            }
            shape(field, code, e.getValue());
        }
    }

    /** {@code dateOfBirth} → {@code date-of-birth}. */
    public static String code(String key) {
        StringBuilder b = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('-').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void shape(String field, String code, JsonValue value) {
        switch (code) {
            case "nationality" -> {
                List<JsonValue> items = array(field, value);
                for (int i = 0; i < items.size(); i++) {
                    String c = text(field + "[" + i + "]", items.get(i));
                    if (!Countries.isValid(c)) {
                        throw ProblemException.invalidField(
                                field + "[" + i + "]", "an ISO 3166 alpha-3 code");
                    }
                }
            }
            case "sex" -> {
                String s = text(field, value);
                if (!List.of("F", "M", "X").contains(s.toUpperCase(Locale.ROOT))) {
                    throw ProblemException.invalidField(field, "F, M or X");
                }
            }
            case "date-of-birth", "entry-date" -> {
                String s = text(field, value);
                if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                    throw ProblemException.invalidField(field, "YYYY, YYYY-MM or YYYY-MM-DD");
                }
            }
            default -> any(field, value, 0);
        }
    }

    private static void any(String field, JsonValue value, int depth) {
        switch (value.getValueType()) {
            case STRING -> text(field, value);
            case ARRAY -> {
                if (depth > 0) {
                    throw ProblemException.invalidField(
                            field, "a text or a list, not nested lists");
                }
                List<JsonValue> items = array(field, value);
                for (int i = 0; i < items.size(); i++) {
                    any(field + "[" + i + "]", items.get(i), depth + 1);
                }
            }
            case OBJECT -> {
                if (depth > 1) {
                    throw ProblemException.invalidField(field, "too deeply nested");
                }
                for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                    text(field + "." + e.getKey(), e.getValue());
                }
            }
            default ->
                    throw ProblemException.invalidField(
                            field, "a text, a list or an object of texts");
        }
    }

    private static List<JsonValue> array(String field, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ProblemException.invalidField(field, "a list");
        }
        List<JsonValue> items = value.asJsonArray();
        if (items.size() > MAX_ITEMS) {
            throw ProblemException.invalidField(field, "at most " + MAX_ITEMS + " items");
        }
        return items;
    }

    private static String text(String field, JsonValue value) {
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            throw ProblemException.invalidField(field, "a text");
        }
        if (s.getString().length() > MAX_TEXT) {
            throw ProblemException.invalidField(field, "at most " + MAX_TEXT + " characters");
        }
        return s.getString();
    }
}
