package org.asylon.training.scoring;

import java.util.List;

/**
 * One trainee's score: critical errors first, then the points lost and earned, per competence.
 *
 * @param score {@code max(0, earned - penalties)}
 * @param notes what the trainer must know about how the work was read (a record two trainees both
 *     acted on, a record tied to no persona)
 */
public record Scorecard(
        String account,
        String displayName,
        int earned,
        int possible,
        int penalties,
        int score,
        List<Finding> criticalErrors,
        List<Finding> lost,
        List<Finding> earnedItems,
        List<CompetenceScore> competences,
        List<String> notes) {

    public Scorecard {
        criticalErrors = List.copyOf(criticalErrors);
        lost = List.copyOf(lost);
        earnedItems = List.copyOf(earnedItems);
        competences = List.copyOf(competences);
        notes = List.copyOf(notes);
    }

    /** The score as a share of the possible points, 0–100. */
    public int percent() {
        return possible == 0 ? 0 : Math.round(100f * score / possible);
    }
}
