package org.asylon.capacity.selfassessment.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answer sheets for tests: the sample file, and sheets built answer by answer. */
public final class Sheets {

    public static final Questionnaire QUESTIONNAIRE = Questionnaire.reference();

    private final Map<String, String> profile =
            new HashMap<>(
                    Map.of(
                            "party-1951",
                            "yes",
                            "oau-1969",
                            "no",
                            "cartagena-1984",
                            "no",
                            "eu-member-state",
                            "no",
                            "rsd-conducted-by",
                            "national-authority"));
    private final Map<String, Answer> answers = new LinkedHashMap<>();

    static Sheets party() {
        return new Sheets();
    }

    /** Every checklist question answered with the same level. */
    static Sheets allAnswered(String level) {
        Sheets sheets = new Sheets();
        QUESTIONNAIRE.questions().forEach(q -> sheets.answer(q.id(), level));
        return sheets;
    }

    Sheets profile(String question, String answer) {
        profile.put(question, answer);
        return this;
    }

    Sheets answer(String question, String level) {
        answers.put(question, new Answer(question, level, null));
        return this;
    }

    AnswerSheet sheet() {
        return new AnswerSheet("Testland", null, null, profile, answers);
    }

    /**
     * The sample answer file as shipped (capacity-kit/self-assessment, copied into the class path).
     */
    public static String sampleJson() {
        return resource("asylon/self-assessment/sample-answers.json");
    }

    static String resource(String name) {
        try (var in = Sheets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path samplePath() {
        return Path.of("../../capacity-kit/self-assessment/sample-answers.json");
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
