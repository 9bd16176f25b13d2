package org.asylon.capacity.selfassessment.control;

/**
 * One step of the answer scale. {@code credit} is the share of a question's weight the answer earns
 * (0–100); {@code null} means the question does not count at all ("not applicable"), so a state is
 * neither rewarded nor punished for a situation it does not have (e.g. no sea border).
 */
public record AnswerLevel(String code, String label, Integer credit) {

    public static final String IN_PLACE = "in-place";
    public static final String NOT_APPLICABLE = "not-applicable";

    public boolean counts() {
        return credit != null;
    }
}
