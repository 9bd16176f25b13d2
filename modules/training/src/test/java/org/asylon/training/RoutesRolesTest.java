package org.asylon.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Set;
import org.asylon.kernel.security.Roles;
import org.asylon.training.catalogue.boundary.ExercisesResource;
import org.asylon.training.run.boundary.FeedbackResource;
import org.asylon.training.run.boundary.RunResource;
import org.asylon.training.run.boundary.RunsResource;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: the trainer runs everything; a trainee reads their own feedback and their
 * run's briefing, never the scores, the report or another run.
 */
class RoutesRolesTest {

    private static Set<String> roles(Class<?> resource, String method) {
        for (Method m : resource.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                RolesAllowed own = m.getAnnotation(RolesAllowed.class);
                RolesAllowed rolesAllowed =
                        own != null ? own : resource.getAnnotation(RolesAllowed.class);
                return Set.of(rolesAllowed.value());
            }
        }
        throw new AssertionError(resource.getSimpleName() + " has no " + method);
    }

    @Test
    void theTrainerAloneOpensRunsAddsTraineesReadsScoresAndReportsAndCloses() {
        Set<String> trainer = Set.of(Roles.TRAINER);
        assertEquals(trainer, roles(ExercisesResource.class, "list"));
        assertEquals(trainer, roles(ExercisesResource.class, "get"));
        assertEquals(trainer, roles(RunsResource.class, "open"));
        assertEquals(trainer, roles(RunsResource.class, "list"));
        assertEquals(trainer, roles(RunResource.class, "addTrainee"));
        assertEquals(trainer, roles(RunResource.class, "scores"));
        assertEquals(trainer, roles(RunResource.class, "report"));
        assertEquals(trainer, roles(RunResource.class, "reportCsv"));
        assertEquals(trainer, roles(RunResource.class, "close"));
    }

    @Test
    void aTraineeReadsTheBriefingAndTheirOwnFeedbackOnly() {
        assertEquals(Set.of(Roles.TRAINER, Roles.TRAINEE), roles(RunResource.class, "briefing"));
        assertEquals(Set.of(Roles.TRAINEE), roles(FeedbackResource.class, "get"));
    }
}
