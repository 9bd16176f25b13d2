package org.asylon.capacity.selfassessment.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A filled-in questionnaire, already checked against it: every question id and answer code is
 * known. A checklist question without an answer is simply absent from {@code answers} (it is
 * reported as a gap); every profile question is answered. The free texts ({@code state}, {@code
 * preparedBy}, {@code date}, notes) are the state's own words and are escaped wherever they are
 * shown.
 */
public record AnswerSheet(
        String state,
        String preparedBy,
        String date,
        Map<String, String> profile,
        Map<String, Answer> answers) {

    public AnswerSheet {
        profile = Map.copyOf(profile);
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    public String profileAnswer(String questionId) {
        return profile.get(questionId);
    }
}
