package org.asylon.training.exercise;

import static org.asylon.training.exercise.APersona.aPersona;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.asylon.training.exercise.Exercise.CastMember;
import org.asylon.training.exercise.Exercise.Texts;
import org.asylon.training.persona.Persona;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.OtherOption;
import org.junit.jupiter.api.Test;

/** How an exercise's cast is drawn from a cohort: first by id, each once, every criterion met. */
class CastTest {

    @Test
    void theDemoExerciseIsCastFromTheBoatAndTheFerry() {
        Map<String, Persona> cast =
                Cast.resolve(Exercises.get("border-boat-arrival"), HandCohort.boatAndFerry());

        assertEquals("P-0002", cast.get("A").id(), "the child alone on land is not in the boat");
        assertEquals("P-0003", cast.get("B").id());
        assertEquals("P-0005", cast.get("C").id(), "the family in the other boat does not ask");
        assertEquals("P-0006", cast.get("D").id());
        assertEquals("P-0007", cast.get("E").id());
        assertEquals("P-0008", cast.get("F").id());
        assertEquals(List.of("A", "B", "C", "D", "E", "F"), List.copyOf(cast.keySet()));
    }

    @Test
    void theCohortsOrderDoesNotChangeTheCast() {
        List<Persona> shuffled = new ArrayList<>(HandCohort.boatAndFerry());
        Collections.reverse(shuffled);

        assertEquals(
                Cast.resolve(Exercises.get("border-boat-arrival"), HandCohort.boatAndFerry()),
                Cast.resolve(Exercises.get("border-boat-arrival"), shuffled));
    }

    @Test
    void nobodyIsCastTwice() {
        Exercise twoAlike =
                exercise(
                        member("A", Map.of("otherOption", "LABOUR")),
                        member("B", Map.of("otherOption", "LABOUR")));
        List<Persona> cohort =
                List.of(
                        aPersona("P-0001").option(OtherOption.LABOUR).build(),
                        aPersona("P-0002").option(OtherOption.LABOUR).build());

        Map<String, Persona> cast = Cast.resolve(twoAlike, cohort);

        assertEquals("P-0001", cast.get("A").id());
        assertEquals("P-0002", cast.get("B").id());
    }

    @Test
    void eachCriterionSelects() {
        List<Persona> cohort =
                List.of(
                        aPersona("P-0001").build(),
                        aPersona("P-0002").woman().child(12).separated().build(),
                        aPersona("P-0003")
                                .asksLater("detention")
                                .document(DocumentState.EXPIRED)
                                .build(),
                        aPersona("P-0004")
                                .need("SM")
                                .knownIn("ITA")
                                .option(OtherOption.STUDY)
                                .build());

        assertEquals(
                "P-0002",
                only(Map.of("sex", "F", "separatedChild", "true", "maxAge", "12"), cohort));
        assertEquals("P-0003", only(Map.of("intent", "LATER", "where", "detention"), cohort));
        assertEquals("P-0003", only(Map.of("document", "EXPIRED", "child", "false"), cohort));
        assertEquals("P-0004", only(Map.of("need", "SM", "knownElsewhere", "true"), cohort));
        assertEquals("P-0004", only(Map.of("otherOption", "STUDY", "minAge", "18"), cohort));
        assertEquals("P-0001", only(Map.of("intent", "NEVER", "knownElsewhere", "false"), cohort));
    }

    @Test
    void aNeedMatchesItsSubcodes() {
        List<Persona> cohort = List.of(aPersona("P-0001").child(14).unaccompanied().build());

        assertEquals("P-0001", only(Map.of("need", "SC"), cohort));
    }

    @Test
    void aCriterionNobodyMeetsNamesTheExerciseAndTheAlias() {
        Exercise exercise = exercise(member("K", Map.of("unaccompaniedChild", "true")));

        ExerciseException e =
                assertThrows(
                        ExerciseException.class,
                        () -> Cast.resolve(exercise, List.of(aPersona("P-0001").build())));

        assertTrue(e.getMessage().startsWith("cast-test:"), e.getMessage());
        assertTrue(e.getMessage().contains(" K "), e.getMessage());
    }

    @Test
    void anUnknownCriterionOrValueIsRefused() {
        List<Persona> cohort = List.of(aPersona("P-0001").build());

        ExerciseException unknown =
                assertThrows(
                        ExerciseException.class,
                        () ->
                                Cast.resolve(
                                        exercise(member("A", Map.of("nationality", "SYR"))),
                                        cohort));
        ExerciseException value =
                assertThrows(
                        ExerciseException.class,
                        () ->
                                Cast.resolve(
                                        exercise(member("A", Map.of("intent", "SOMETIMES"))),
                                        cohort));

        assertTrue(
                unknown.getMessage().contains("nationality=SYR is not a criterion"),
                unknown.getMessage());
        assertTrue(
                value.getMessage().contains("intent=SOMETIMES must be one of"), value.getMessage());
    }

    private static String only(Map<String, String> where, List<Persona> cohort) {
        return Cast.resolve(exercise(member("A", where)), cohort).get("A").id();
    }

    private static CastMember member(String alias, Map<String, String> where) {
        return new CastMember(alias, where, new Texts(Map.of("en", "note")));
    }

    private static Exercise exercise(CastMember... cast) {
        Texts text = new Texts(Map.of("en", "text"));
        return new Exercise(
                "cast-test",
                "border-officer",
                List.of("border-officer"),
                List.of("entry"),
                "eu-pact-2026",
                List.of(),
                1,
                10,
                text,
                text,
                List.of(cast),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
