package org.asylon.capacity.selfassessment.control;

import java.util.List;

/**
 * Everything the report page shows, computed from one answer sheet. {@code overall} may be null.
 */
public record GapReport(
        Questionnaire questionnaire,
        AnswerSheet sheet,
        List<ComponentScore> scores,
        Integer overall,
        ProfileRecommendation profile,
        AdoptionPlan plan) {

    public GapReport {
        scores = List.copyOf(scores);
    }
}
