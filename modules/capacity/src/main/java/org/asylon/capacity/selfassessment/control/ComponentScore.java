package org.asylon.capacity.selfassessment.control;

import java.util.List;

/**
 * Coverage of one plan component. {@code score} is 0–100, or null when every question was answered
 * "not applicable" (nothing to measure, which is not the same as full coverage).
 */
public record ComponentScore(
        Component component, Integer score, int counted, int notApplicable, List<Gap> gaps) {

    public ComponentScore {
        gaps = List.copyOf(gaps);
    }

    public boolean measured() {
        return score != null;
    }

    /** How far the component is from full coverage, 0 when it is covered or not measured. */
    public int gap() {
        return score == null ? 0 : 100 - score;
    }

    public String scoreText() {
        return score == null ? "n/a" : score + "/100";
    }
}
