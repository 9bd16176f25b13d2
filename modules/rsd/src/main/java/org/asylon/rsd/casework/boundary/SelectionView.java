package org.asylon.rsd.casework.boundary;

import java.util.List;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.casework.control.Selection;
import org.asylon.rsd.casework.entity.GenderNeed;

/**
 * How a list of interview options was narrowed: each constraint in the order applied with how many
 * were left, the constraint that left nobody ({@code emptiedBy}, null when someone is left) and
 * what it means in words.
 */
public record SelectionView(List<StepView> steps, String emptiedBy, String explanation) {

    public record StepView(String constraint, int remaining) {}

    static SelectionView of(Selection s, String who, String language, GenderNeed need) {
        Selection.Constraint emptied = s.emptiedBy();
        return new SelectionView(
                s.steps().stream()
                        .map(t -> new StepView(t.constraint().name(), t.remaining()))
                        .toList(),
                emptied == null ? null : emptied.name(),
                emptied == null ? null : explain(emptied, who, language, need));
    }

    private static String explain(
            Selection.Constraint c, String who, String language, GenderNeed need) {
        return switch (c) {
            case ACTIVE -> "No " + who + " is registered and active in the registry.";
            case SAME_GENDER ->
                    "No active "
                            + who
                            + " is "
                            + need.gender().words()
                            + ", as the applicant's same-gender request asks.";
            case LANGUAGE ->
                    "interpreter".equals(who)
                            ? "No active interpreter interprets " + Languages.label(language) + "."
                            : "No "
                                    + who
                                    + " who fits speaks "
                                    + Languages.label(language)
                                    + ", and no interpreter for it is"
                                    + " free then.";
            case AVAILABILITY ->
                    "Every " + who + " who fits is booked at that time: try another time.";
        };
    }
}
