package org.asylon.capacity.selfassessment.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.json.Jsons;

/**
 * Reads the questionnaire file. It is part of the software, not user input, so a defect in it (a
 * duplicate id, a question without its source) is a packaging error and fails loudly at first use.
 */
final class QuestionnaireJson {

    static final String RESOURCE = "asylon/self-assessment/questionnaire.json";

    private QuestionnaireJson() {}

    static Questionnaire fromClassPath(String resource) {
        ClassLoader loader = QuestionnaireJson.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource
                                + " is missing from the class path: the capacity module was built without capacity-kit/self-assessment");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire read(InputStream in) {
        try (JsonReader reader = Jsons.readers().createReader(in)) {
            JsonObject root = reader.readObject();
            JsonObject source = root.getJsonObject("source");
            Questionnaire questionnaire =
                    new Questionnaire(
                            root.getString("id"),
                            root.getString("title"),
                            source.getString("document"),
                            source.getString("note"),
                            scale(root),
                            profileQuestions(root),
                            components(root));
            check(questionnaire);
            return questionnaire;
        }
    }

    private static List<AnswerLevel> scale(JsonObject root) {
        return root.getJsonArray("scale").getValuesAs(JsonObject.class).stream()
                .map(
                        l ->
                                new AnswerLevel(
                                        l.getString("code"),
                                        l.getString("label"),
                                        l.isNull("credit") ? null : l.getInt("credit")))
                .toList();
    }

    private static List<ProfileQuestion> profileQuestions(JsonObject root) {
        return root.getJsonArray("profileQuestions").getValuesAs(JsonObject.class).stream()
                .map(
                        q ->
                                new ProfileQuestion(
                                        q.getString("id"),
                                        q.getString("text"),
                                        q
                                                .getJsonArray("options")
                                                .getValuesAs(JsonObject.class)
                                                .stream()
                                                .map(
                                                        o ->
                                                                new Option(
                                                                        o.getString("code"),
                                                                        o.getString("label")))
                                                .toList()))
                .toList();
    }

    private static List<Component> components(JsonObject root) {
        List<Component> components = new ArrayList<>();
        for (JsonObject c : root.getJsonArray("components").getValuesAs(JsonObject.class)) {
            int number = c.getInt("number");
            List<Question> questions =
                    c.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                            .map(
                                    q ->
                                            new Question(
                                                    q.getString("id"),
                                                    number,
                                                    q.getString("text"),
                                                    q.getString("source"),
                                                    q.getString("quote")))
                            .toList();
            components.add(
                    new Component(
                            number,
                            c.getString("title"),
                            c.getString("annexObjective"),
                            questions));
        }
        return components;
    }

    private static void check(Questionnaire questionnaire) {
        Set<String> ids = new HashSet<>();
        questionnaire.profileQuestions().forEach(q -> unique(ids, q.id()));
        questionnaire
                .questions()
                .forEach(
                        q -> {
                            unique(ids, q.id());
                            if (q.source().isBlank() || q.quote().isBlank()) {
                                throw new IllegalStateException(
                                        "questionnaire question "
                                                + q.id()
                                                + " does not cite its source");
                            }
                        });
        questionnaire
                .scale()
                .forEach(
                        l -> {
                            if (l.credit() != null && (l.credit() < 0 || l.credit() > 100)) {
                                throw new IllegalStateException(
                                        "answer level " + l.code() + ": credit must be 0 to 100");
                            }
                        });
        if (questionnaire.level(AnswerLevel.IN_PLACE).map(AnswerLevel::credit).orElse(0) != 100) {
            throw new IllegalStateException("the scale needs 'in-place' with credit 100");
        }
    }

    private static void unique(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw new IllegalStateException("questionnaire id " + id + " is used twice");
        }
    }
}
