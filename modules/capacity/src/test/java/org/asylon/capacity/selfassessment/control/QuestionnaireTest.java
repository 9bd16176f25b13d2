package org.asylon.capacity.selfassessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The questionnaire covers the Plan's ten components and every question cites its source. */
class QuestionnaireTest {

    private final Questionnaire questionnaire = Sheets.QUESTIONNAIRE;

    @Test
    void coversTheTenComponentsInThePlansOrder() {
        assertEquals(
                IntStream.rangeClosed(1, 10).boxed().toList(),
                questionnaire.components().stream().map(Component::number).toList());
        assertEquals(
                List.of(
                        "Cooperation among key partners",
                        "Data collection and analysis",
                        "Protection-sensitive entry systems",
                        "Reception arrangements",
                        "Mechanisms for profiling and referral",
                        "Differentiated processes and procedures",
                        "Solutions for refugees",
                        "Addressing secondary movements",
                        "Return of non-refugees and alternative migration options",
                        "Information strategy"),
                questionnaire.components().stream().map(Component::title).toList());
        questionnaire
                .components()
                .forEach(
                        c -> {
                            assertFalse(c.questions().isEmpty(), c.label());
                            assertTrue(
                                    c.annexObjective().startsWith(c.number() + ". "),
                                    c.annexObjective());
                        });
    }

    @Test
    void everyQuestionCitesItsSourceAndQuotesIt() {
        questionnaire
                .questions()
                .forEach(
                        q -> {
                            assertTrue(
                                    q.source().startsWith("Annex I, objective " + q.component())
                                            || q.source()
                                                    .startsWith(
                                                            "10-Point Plan, point "
                                                                    + q.component()
                                                                    + " "),
                                    q.id() + ": " + q.source());
                            assertFalse(q.quote().isBlank(), q.id());
                            assertFalse(q.text().isBlank(), q.id());
                            assertTrue(q.id().startsWith(q.component() + "."), q.id());
                        });
        // the bulk of the questions are Annex I checklist items; the Plan's text only fills thin
        // objectives
        long annex =
                questionnaire.questions().filter(q -> q.source().startsWith("Annex I")).count();
        assertTrue(annex >= 38, "Annex I questions: " + annex);
    }

    @Test
    void idsAreUnique() {
        var ids = new HashSet<String>();
        questionnaire.questions().forEach(q -> assertTrue(ids.add(q.id()), q.id()));
        questionnaire.profileQuestions().forEach(q -> assertTrue(ids.add(q.id()), q.id()));
    }

    @Test
    void asksTheProfileQuestions() {
        assertEquals(
                List.of(
                        "party-1951",
                        "oau-1969",
                        "cartagena-1984",
                        "eu-member-state",
                        "rsd-conducted-by"),
                questionnaire.profileQuestions().stream().map(ProfileQuestion::id).toList());
        assertEquals(
                List.of("national-authority", "unhcr", "none"),
                questionnaire.profileQuestion("rsd-conducted-by").orElseThrow().options().stream()
                        .map(Option::code)
                        .toList());
    }

    @Test
    void hasTheAnswerScale() {
        assertEquals(
                List.of("in-place", "partial", "planned", "absent", "not-applicable"),
                questionnaire.scale().stream().map(AnswerLevel::code).toList());
        assertFalse(questionnaire.level("not-applicable").orElseThrow().counts());
    }

    @Test
    void aQuestionWithoutItsSourceIsAPackagingError() {
        String broken =
                Sheets.resource(QuestionnaireJson.RESOURCE)
                        .replace(
                                "\"source\": \"Annex I, objective 1, activity 1\"",
                                "\"source\": \"\"");
        IllegalStateException error =
                assertThrows(
                        IllegalStateException.class,
                        () ->
                                QuestionnaireJson.read(
                                        new ByteArrayInputStream(
                                                broken.getBytes(StandardCharsets.UTF_8))));
        assertTrue(error.getMessage().contains("1.1"));
    }
}
