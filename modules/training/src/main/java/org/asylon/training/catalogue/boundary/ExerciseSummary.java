package org.asylon.training.catalogue.boundary;

import java.util.List;
import java.util.Map;
import org.asylon.training.exercise.Exercise;

/**
 * One exercise in the list: who it trains, under which profile, how long it takes, its title in
 * every language, and how many personas and tasks it has.
 */
public record ExerciseSummary(
        String id,
        String role,
        List<String> modules,
        String profile,
        int minutes,
        Map<String, String> title,
        int personas,
        int tasks) {

    static ExerciseSummary of(Exercise e) {
        return new ExerciseSummary(
                e.id(),
                e.role(),
                e.modules(),
                e.profile(),
                e.minutes(),
                e.title().byLanguage(),
                e.cast().size(),
                e.tasks().size());
    }
}
