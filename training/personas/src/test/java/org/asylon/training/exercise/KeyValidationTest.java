package org.asylon.training.exercise;

import static org.asylon.training.exercise.APersona.aPersona;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.training.persona.Persona;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The key validation catches each way a key can contradict its profile or its cast: a deliberately
 * wrong key ({@code exercises/wrong-key.json} in the test resources) with one mistake of every
 * kind, and the demo exercise, whose key agrees with a cast of the truths the persona brief states.
 */
class KeyValidationTest {

    private static LegalProfile euPact;
    private static List<String> problems;

    @BeforeAll
    static void validateTheWrongKey() throws IOException {
        euPact = new ProfileLoader().load("eu-pact-2026");
        Exercise wrong;
        try (InputStream in =
                KeyValidationTest.class.getResourceAsStream("/exercises/wrong-key.json")) {
            wrong = ExerciseJson.read(Jsons.read(in).asJsonObject(), "wrong-key.json");
        }
        List<Persona> cohort =
                List.of(
                        aPersona("P-0001").asksAtBorder().build(),
                        aPersona("P-0002").child(9).asksAtBorder().build());
        Map<String, Persona> cast = Cast.resolve(wrong, cohort);
        problems = KeyValidation.validate(wrong, euPact, cast);
    }

    @Test
    void aRuleTheProfileDoesNotHave() {
        caught("key invented-rule: rule entry.invented-rule is neither a rule of eu-pact-2026");
    }

    @Test
    void theSuitesInvariantRulesAreAllowed() {
        assertTrue(
                problems.stream().noneMatch(p -> p.contains("rule entry.non-refoulement ")),
                "entry.non-refoulement is published by entry: " + problems);
    }

    @Test
    void anObservationNotInTheVocabulary() {
        caught("key not-an-observation: entry.waved-through is not an observation");
    }

    @Test
    void anObservationOfAModuleTheExerciseDoesNotList() {
        caught("key other-module: reception.registered is read from module reception");
    }

    @Test
    void anAliasNotCast() {
        caught("key not-cast: persona Z is not cast");
    }

    @Test
    void aTaskNotDeclared() {
        caught("key no-task: task decide is not declared");
    }

    @Test
    void aTextMissingALanguage() {
        caught("task register has no text in 'fr'");
        caught("key no-task explanation has no text in 'ar'");
    }

    @Test
    void anAccountRoleNotOfTheSuite() {
        caught("account role border-guard is not a role of the suite");
    }

    @Test
    void pointsForWhatTheGroundTruthForbids() {
        caught(
                "key detain-child: gives points for entry.outcome.HANDED_TO_DETENTION, which the"
                        + " ground truth of K forbids");
    }

    @Test
    void aCriticalErrorPresentOnWhatIsRequiredOrAbsentOnWhatIsForbidden() {
        caught("critical request-present: makes entry.protection-requested a critical error, but");
        caught(
                "critical refusal-absent: makes the absence of entry.outcome.REFUSED_ENTRY a critical");
    }

    @Test
    void aForbiddenObservationNoCriticalErrorCovers() {
        caught(
                "the ground truth of A forbids entry.outcome.REFUSED_ENTRY (entry.non-refoulement.basis),"
                        + " but no PRESENT critical error covers it");
        caught("the ground truth of K forbids entry.outcome.HANDED_TO_DETENTION");
        assertTrue(
                problems.stream().noneMatch(p -> p.contains("forbids detention.order-issued")),
                "detention is not among the exercise's modules: " + problems);
    }

    @Test
    void aRequiredProtectionRequestNeitherScoredNorCritical() {
        caught("the ground truth of A requires entry.protection-requested");
        caught("the ground truth of K requires entry.protection-requested");
    }

    @Test
    void setupPlaceholdersThatNameNothing() {
        caught("setup stranger: {{nowhere}} names no capture of an earlier step");
        caught("setup stranger: {{now-P2X}}: 'P2X' is not an ISO-8601 duration");
        caught("setup stranger: {{Z.person}}: 'Z' is not a cast alias");
        caught("setup stranger: {{A.person}} must be a whole string");
        caught("setup stranger: {{A.statedSurnam}}: 'statedSurnam' is not a field of Persona");
        caught("setup shared: module reception is not listed by the exercise");
        caught("setup shared: {{encounter.A}} names no capture of an earlier shared step");
        caught("setup shared: capture arrival.Q names Q, not cast");
    }

    @Test
    void theDemoExercisesKeyAgreesWithItsProfileAndCast() {
        Exercise demo = Exercises.get("border-boat-arrival");

        assertEquals(
                List.of(),
                KeyValidation.validate(
                        demo, euPact, Cast.resolve(demo, HandCohort.boatAndFerry())));
    }

    @Test
    void theDemoExerciseWithoutItsRefoulementErrorFails() {
        Exercise demo = Exercises.get("border-boat-arrival");
        Exercise lax =
                new Exercise(
                        demo.id(),
                        demo.role(),
                        demo.accountRoles(),
                        demo.modules(),
                        demo.profile(),
                        demo.alsoFor(),
                        demo.cohortSeed(),
                        demo.minutes(),
                        demo.title(),
                        demo.briefing(),
                        demo.cast(),
                        demo.setup(),
                        demo.tasks(),
                        demo.key(),
                        demo.critical().stream().filter(c -> !c.id().equals("C-refused")).toList());

        List<String> found =
                KeyValidation.validate(lax, euPact, Cast.resolve(lax, HandCohort.boatAndFerry()));

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("ground truth of C forbids entry.outcome.REFUSED_ENTRY"));
    }

    /** The demo exercise handed to a reception officer: its border items are nobody's to earn. */
    @Test
    void itemsOfAModuleTheTraineeCannotActInAreProblemsAndItsLawIsNotDemanded() {
        Exercise demo = Exercises.get("border-boat-arrival");
        Exercise elsewhere =
                new Exercise(
                        demo.id(),
                        demo.role(),
                        List.of("reception-officer"),
                        List.of("entry", "reception"),
                        demo.profile(),
                        demo.alsoFor(),
                        demo.cohortSeed(),
                        demo.minutes(),
                        demo.title(),
                        demo.briefing(),
                        demo.cast(),
                        demo.setup(),
                        demo.tasks(),
                        demo.key(),
                        demo.critical().stream().filter(c -> !c.id().equals("C-refused")).toList());

        List<String> found =
                KeyValidation.validate(
                        elsewhere, euPact, Cast.resolve(elsewhere, HandCohort.boatAndFerry()));

        assertTrue(
                found.contains(
                        "border-boat-arrival: key A-registered: entry.registered is read from module"
                                + " entry, where the trainee (account roles reception-officer) cannot"
                                + " act: points nobody can earn"),
                found.toString());
        assertTrue(
                found.contains(
                        "border-boat-arrival: critical B-not-recorded: entry.protection-requested is"
                                + " read from module entry, where the trainee (account roles"
                                + " reception-officer) cannot act: a penalty nobody can avoid"),
                found.toString());
        assertTrue(
                found.stream()
                        .filter(p -> p.contains("ground truth"))
                        .noneMatch(p -> p.contains(" entry.")),
                "entry's law is not the reception officer's to keep: " + found);
        assertTrue(
                found.contains(
                        "border-boat-arrival: the ground truth of B requires"
                                + " reception.referral.ASYLUM_PROCEDURE (reception.asylum-referral),"
                                + " but neither a key item nor an ABSENT critical error covers it"),
                "reception's is: " + found);
    }

    @Test
    void accountRolesThatActInNoModuleOfTheExercise() {
        Exercise demo = Exercises.get("border-boat-arrival");
        Exercise nowhere =
                new Exercise(
                        demo.id(),
                        demo.role(),
                        List.of("auditor"),
                        demo.modules(),
                        demo.profile(),
                        demo.alsoFor(),
                        demo.cohortSeed(),
                        demo.minutes(),
                        demo.title(),
                        demo.briefing(),
                        demo.cast(),
                        demo.setup(),
                        demo.tasks(),
                        List.of(),
                        List.of());

        List<String> found =
                KeyValidation.validate(
                        nowhere, euPact, Cast.resolve(nowhere, HandCohort.boatAndFerry()));

        assertTrue(
                found.stream().anyMatch(p -> p.contains("act in none of the exercise's modules")),
                found.toString());
    }

    @Test
    void aMonitoringItemNamesNoPersonaAndAPersonsItemNeedsOne() {
        Exercise visit = Exercises.get("detention-monitoring-visit");
        var item = visit.key().get(0);
        var named =
                new Exercise.KeyItem(
                        item.id(),
                        item.task(),
                        "A",
                        item.observation(),
                        item.points(),
                        item.competence(),
                        item.rule(),
                        item.explanation());
        var nobody =
                new Exercise.KeyItem(
                        "nobody",
                        item.task(),
                        null,
                        "detention.order-issued",
                        1,
                        item.competence(),
                        item.rule(),
                        item.explanation());
        Exercise wrong =
                new Exercise(
                        visit.id(),
                        visit.role(),
                        visit.accountRoles(),
                        visit.modules(),
                        "eu-pact-2026",
                        List.of(),
                        visit.cohortSeed(),
                        visit.minutes(),
                        visit.title(),
                        visit.briefing(),
                        List.of(),
                        List.of(),
                        visit.tasks(),
                        List.of(named, nobody),
                        List.of());

        List<String> found = KeyValidation.validate(wrong, euPact, Map.of());

        caughtIn(found, "key visit: detention.visit-recorded names no person");
        caughtIn(found, "key nobody: persona null is not cast");
    }

    private static void caughtIn(List<String> found, String problem) {
        assertTrue(
                found.stream().anyMatch(p -> p.contains(problem)),
                "expected «" + problem + "» among:\n" + String.join("\n", found));
    }

    private static void caught(String problem) {
        assertTrue(
                problems.stream().anyMatch(p -> p.contains(problem)),
                "expected a problem containing «"
                        + problem
                        + "» among:\n"
                        + String.join("\n", problems));
    }
}
