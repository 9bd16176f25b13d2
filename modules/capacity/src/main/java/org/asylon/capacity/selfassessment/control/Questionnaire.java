package org.asylon.capacity.selfassessment.control;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The questionnaire as shipped in {@code capacity-kit/self-assessment/questionnaire.json} (in the
 * capacity module at {@code asylon/self-assessment/}): the answer scale, the profile questions and
 * the ten components with their checklist questions. Read it with {@link QuestionnaireJson}.
 */
public record Questionnaire(
        String id,
        String title,
        String sourceDocument,
        String sourceNote,
        List<AnswerLevel> scale,
        List<ProfileQuestion> profileQuestions,
        List<Component> components) {

    public Questionnaire {
        scale = List.copyOf(scale);
        profileQuestions = List.copyOf(profileQuestions);
        components = List.copyOf(components);
    }

    /** The shipped questionnaire, read once. */
    public static Questionnaire reference() {
        return Reference.QUESTIONNAIRE;
    }

    public Stream<Question> questions() {
        return components.stream().flatMap(c -> c.questions().stream());
    }

    public Optional<Question> question(String id) {
        return questions().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<AnswerLevel> level(String code) {
        return scale.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Optional<ProfileQuestion> profileQuestion(String id) {
        return profileQuestions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Component component(int number) {
        return components.stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + number));
    }

    // holder idiom: read on first use, after which every request shares the same immutable instance
    private static final class Reference {
        static final Questionnaire QUESTIONNAIRE =
                QuestionnaireJson.fromClassPath(QuestionnaireJson.RESOURCE);
    }
}
