package org.asylon.training.catalogue.boundary;

import java.util.List;
import java.util.Map;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.persona.Persona;

/**
 * An exercise as the trainer prepares it: the cast resolved to the cohort's personas, the tasks,
 * the answer key and the critical errors, every text in every language it has.
 */
public record ExerciseDetail(
        String id,
        String role,
        List<String> accountRoles,
        List<String> modules,
        String profile,
        int minutes,
        Map<String, String> title,
        Map<String, String> briefing,
        List<CastView> cast,
        List<TaskView> tasks,
        List<KeyView> key,
        List<CriticalView> critical) {

    public record CastView(
            String alias,
            String personaId,
            String surname,
            String givenNames,
            String originalScriptName,
            Map<String, String> note) {}

    public record TaskView(String id, Map<String, String> text) {}

    public record KeyView(
            String id,
            String task,
            String persona,
            String observation,
            int points,
            String competence,
            String rule,
            Map<String, String> explanation) {}

    public record CriticalView(
            String id,
            String persona,
            String kind,
            String when,
            String observation,
            int penalty,
            String rule,
            Map<String, String> explanation) {}

    static ExerciseDetail of(Exercise e, Map<String, Persona> cast) {
        return new ExerciseDetail(
                e.id(),
                e.role(),
                e.accountRoles(),
                e.modules(),
                e.profile(),
                e.minutes(),
                e.title().byLanguage(),
                e.briefing().byLanguage(),
                e.cast().stream()
                        .map(
                                c -> {
                                    Persona p = cast.get(c.alias());
                                    return new CastView(
                                            c.alias(),
                                            p.id(),
                                            p.statedSurname(),
                                            p.statedGivenNames(),
                                            p.originalScriptName(),
                                            c.note() == null ? Map.of() : c.note().byLanguage());
                                })
                        .toList(),
                e.tasks().stream().map(t -> new TaskView(t.id(), t.text().byLanguage())).toList(),
                e.key().stream()
                        .map(
                                k ->
                                        new KeyView(
                                                k.id(),
                                                k.task(),
                                                k.persona(),
                                                k.observation(),
                                                k.points(),
                                                k.competence(),
                                                k.rule(),
                                                k.explanation().byLanguage()))
                        .toList(),
                e.critical().stream()
                        .map(
                                c ->
                                        new CriticalView(
                                                c.id(),
                                                c.persona(),
                                                c.kind().name(),
                                                c.when().name(),
                                                c.observation(),
                                                c.penalty(),
                                                c.rule(),
                                                c.explanation().byLanguage()))
                        .toList());
    }
}
