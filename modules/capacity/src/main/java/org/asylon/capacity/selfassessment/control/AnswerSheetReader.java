package org.asylon.capacity.selfassessment.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;

/**
 * Turns an answer file (JSON) or the submitted web form into an {@link AnswerSheet}, refusing
 * anything the questionnaire does not know with a 422 naming the field. Strict on purpose: a
 * misspelt question id or answer code silently dropped would show up as a gap the state never had.
 *
 * <p>The form uses the answer file's paths as field names ({@code state}, {@code
 * profile.party-1951}, {@code answers.3.1}), so both report the same field for the same mistake.
 */
public final class AnswerSheetReader {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;
    private static final Set<String> TOP_LEVEL =
            Set.of("questionnaire", "state", "preparedBy", "date", "profile", "answers");
    private static final JsonReaderFactory READERS = Jsons.readers();

    private final Questionnaire questionnaire;

    public AnswerSheetReader(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** Reads an answer file; see {@code capacity-kit/self-assessment/sample-answers.json}. */
    public AnswerSheet fromJson(String json) {
        JsonObject root = parse(json);
        for (String key : root.keySet()) {
            if (!TOP_LEVEL.contains(key)) {
                throw ProblemException.invalidField(
                        key,
                        "not part of an answer file (expected one of "
                                + String.join(", ", TOP_LEVEL.stream().sorted().toList())
                                + ")");
            }
        }
        if (root.containsKey("questionnaire")
                && !questionnaire.id().equals(text(root, "questionnaire", MAX_TEXT))) {
            throw ProblemException.invalidField(
                    "questionnaire",
                    "this answer file is for another questionnaire; expected "
                            + questionnaire.id());
        }
        Map<String, String> profile = new LinkedHashMap<>();
        for (var entry : object(root, "profile").entrySet()) {
            profile.put(
                    entry.getKey(),
                    string(entry.getValue(), "profile." + entry.getKey(), MAX_TEXT));
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        JsonObject answerObject =
                root.containsKey("answers") ? object(root, "answers") : JsonValue.EMPTY_JSON_OBJECT;
        for (var entry : answerObject.entrySet()) {
            answers.put(entry.getKey(), answer(entry.getKey(), entry.getValue()));
        }
        return sheet(
                optionalText(root, "state"),
                optionalText(root, "preparedBy"),
                optionalText(root, "date"),
                profile,
                answers);
    }

    /**
     * Reads the submitted web form: one value per field, an empty value meaning "not filled in".
     */
    public AnswerSheet fromForm(Map<String, List<String>> form) {
        Map<String, String> profile = new LinkedHashMap<>();
        Map<String, Answer> answers = new LinkedHashMap<>();
        String state = null;
        String preparedBy = null;
        for (var entry : form.entrySet()) {
            String field = entry.getKey();
            List<String> values = entry.getValue() == null ? List.of() : entry.getValue();
            if (values.size() > 1) {
                throw ProblemException.invalidField(field, "answered more than once");
            }
            String value = values.isEmpty() ? "" : values.get(0).strip();
            if (field.equals("state")) {
                state = limited(value, field, MAX_TEXT);
            } else if (field.equals("preparedBy")) {
                preparedBy = limited(value, field, MAX_TEXT);
            } else if (field.startsWith("profile.")) {
                if (!value.isEmpty()) {
                    profile.put(field.substring("profile.".length()), value);
                }
            } else if (field.startsWith("answers.")) {
                if (!value.isEmpty()) {
                    String id = field.substring("answers.".length());
                    answers.put(id, new Answer(id, value, null));
                }
            } else {
                throw ProblemException.invalidField(
                        field, "not a field of the self-assessment form");
            }
        }
        return sheet(blankToNull(state), blankToNull(preparedBy), null, profile, answers);
    }

    // the checks common to both sources: known ids and codes first (the likelier mistake), then
    // every profile question answered
    private AnswerSheet sheet(
            String state,
            String preparedBy,
            String date,
            Map<String, String> profile,
            Map<String, Answer> answers) {
        for (var entry : profile.entrySet()) {
            String field = "profile." + entry.getKey();
            ProfileQuestion question =
                    questionnaire
                            .profileQuestion(entry.getKey())
                            .orElseThrow(
                                    () ->
                                            ProblemException.invalidField(
                                                    field, "no such profile question"));
            if (question.option(entry.getValue()).isEmpty()) {
                throw ProblemException.invalidField(
                        field,
                        "unknown answer '"
                                + entry.getValue()
                                + "'; answer one of "
                                + String.join(
                                        ", ",
                                        question.options().stream().map(Option::code).toList()));
            }
        }
        for (Answer answer : answers.values()) {
            String field = "answers." + answer.questionId();
            if (questionnaire.question(answer.questionId()).isEmpty()) {
                throw ProblemException.invalidField(
                        field, "no such question in questionnaire " + questionnaire.id());
            }
            if (questionnaire.level(answer.level()).isEmpty()) {
                throw ProblemException.invalidField(
                        field,
                        "unknown answer '"
                                + answer.level()
                                + "'; answer one of "
                                + String.join(
                                        ", ",
                                        questionnaire.scale().stream()
                                                .map(AnswerLevel::code)
                                                .toList()));
            }
        }
        for (ProfileQuestion question : questionnaire.profileQuestions()) {
            if (!profile.containsKey(question.id())) {
                throw ProblemException.invalidField(
                        "profile." + question.id(),
                        "must be answered: the legal profile to start from depends on it");
            }
        }
        return new AnswerSheet(state, preparedBy, date, profile, answers);
    }

    private Answer answer(String id, JsonValue value) {
        String field = "answers." + id;
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return new Answer(id, ((JsonString) value).getString(), null);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.invalidField(
                    field,
                    "must be an answer code, or an object with 'answer' and an optional 'note'");
        }
        JsonObject object = value.asJsonObject();
        for (String key : object.keySet()) {
            if (!key.equals("answer") && !key.equals("note")) {
                throw ProblemException.invalidField(
                        field + "." + key, "unknown; an answer has only 'answer' and 'note'");
            }
        }
        if (!object.containsKey("answer")) {
            throw ProblemException.invalidField(field + ".answer", "is missing");
        }
        String note =
                object.containsKey("note")
                                && object.get("note").getValueType() != JsonValue.ValueType.NULL
                        ? string(object.get("note"), field + ".note", MAX_NOTE)
                        : null;
        return new Answer(
                id, string(object.get("answer"), field + ".answer", MAX_TEXT), blankToNull(note));
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            throw ProblemException.invalidField("body", "is empty; send an answer file (JSON)");
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw ProblemException.invalidField(
                    "body",
                    "is not valid JSON (line "
                            + e.getLocation().getLineNumber()
                            + ", column "
                            + e.getLocation().getColumnNumber()
                            + ")");
        } catch (JsonException e) {
            throw ProblemException.invalidField("body", "is not valid JSON");
        } catch (RuntimeException e) {
            // Parsson refuses input nested deeper than it follows with a bare RuntimeException
            throw ProblemException.invalidField(
                    "body", "is not an answer file (nested too deeply)");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.invalidField("body", "must be a JSON object (an answer file)");
        }
        return value.asJsonObject();
    }

    private static JsonObject object(JsonObject root, String field) {
        JsonValue value = root.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ProblemException.invalidField(field, "must be a JSON object");
        }
        return value.asJsonObject();
    }

    private static String optionalText(JsonObject root, String field) {
        JsonValue value = root.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null
                : blankToNull(string(value, field, MAX_TEXT));
    }

    private static String text(JsonObject root, String field, int max) {
        return string(root.get(field), field, max);
    }

    private static String string(JsonValue value, String field, int max) {
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            throw ProblemException.invalidField(field, "must be a text (JSON string)");
        }
        return limited(((JsonString) value).getString(), field, max);
    }

    private static String limited(String value, String field, int max) {
        if (value.length() > max) {
            throw ProblemException.invalidField(field, "is longer than " + max + " characters");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
