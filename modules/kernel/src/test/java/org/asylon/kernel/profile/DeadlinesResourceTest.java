package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deadline endpoint: when, and why, under the active profile or another one by name. */
class DeadlinesResourceTest {

    private final DeadlinesResource resource = new DeadlinesResource();

    @BeforeEach
    void activeProfile() {
        ActiveProfile active = new ActiveProfile();
        active.name = "eu-pact-2026";
        active.directory = Optional.empty();
        active.load();
        resource.active = active;
    }

    @Test
    void answersWhenAndWhy() {
        DeadlineView due =
                resource.compute(
                        "entry.screening.deadline",
                        "entry.apprehension",
                        "2026-11-20T06:30:00Z",
                        null);
        assertEquals(LocalDate.parse("2026-11-27"), due.due());
        assertEquals("eu-pact-2026", due.profile());
        assertTrue(due.basis().contains("Art 8(3)"), due.basis());
        assertTrue(due.explanation().contains("2026-11-27"), due.explanation());
    }

    @Test
    void aMissingAnchorTimeIsNotComputableAndSaysWhy() {
        DeadlineView due = resource.compute("entry.screening.deadline", null, null, null);
        assertFalse(due.computable());
        assertTrue(due.explanation().contains("not computable"), due.explanation());
    }

    @Test
    void anotherProfileCanBeAskedByName() {
        DeadlineView due =
                resource.compute(
                        "asylum.appeal.deadline",
                        "decision.notification",
                        "2026-11-20",
                        "convention-1951");
        assertEquals("convention-1951", due.profile());
        assertEquals("national-choice", due.status());
    }

    @Test
    void aScreeningLimitDoesNotRunWhereTheStateDoesNotScreen() {
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                resource.compute(
                                        "entry.screening.deadline",
                                        "entry.apprehension",
                                        "2026-11-20",
                                        "convention-1951"));
        assertEquals("entry.screening.applies", refused.extensions().get("rule"));
        assertTrue(refused.getMessage().contains("does not apply"), refused.getMessage());
        assertTrue(
                resource.rules("convention-1951").stream()
                        .filter(r -> r.rule().startsWith("entry.screening."))
                        .noneMatch(DeadlinesResource.DeadlineRuleView::applies));
        assertTrue(
                resource.rules(null).stream()
                        .filter(r -> r.rule().equals("entry.screening.deadline"))
                        .allMatch(DeadlinesResource.DeadlineRuleView::applies),
                "eu-pact screens");
    }

    @Test
    void badQuestionsNameTheParameter() {
        assertEquals("rule", field(() -> resource.compute("entry.no-such-rule", null, null, null)));
        assertEquals(
                "rule", field(() -> resource.compute("entry.refusal.grounds", null, null, null)));
        assertEquals(
                "anchor",
                field(
                        () ->
                                resource.compute(
                                        "entry.screening.deadline",
                                        "detention.start",
                                        "2026-11-20",
                                        null)));
        assertEquals(
                "at",
                field(() -> resource.compute("entry.screening.deadline", null, "yesterday", null)));
        assertEquals(
                "profile",
                field(() -> resource.compute("entry.screening.deadline", null, null, "atlantis")));
        assertEquals(
                "profile",
                field(() -> resource.compute("entry.screening.deadline", null, null, "../etc")));
    }

    @Test
    void listsTheDeadlineRulesOfAProfile() {
        assertTrue(
                resource.rules(null).stream()
                        .anyMatch(r -> r.rule().equals("entry.screening.deadline")));
        assertTrue(
                resource.rules(null).stream()
                        .noneMatch(r -> r.rule().equals("entry.refusal.grounds")));
    }

    private static String field(Runnable call) {
        return assertThrows(ProblemException.class, call::run).fieldErrors().get(0).field();
    }
}
