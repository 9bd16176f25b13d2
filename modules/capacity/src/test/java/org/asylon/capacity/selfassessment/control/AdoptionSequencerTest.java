package org.asylon.capacity.selfassessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Modules come in the order the event feeds allow, largest gap first; rsd only where the state
 * decides.
 */
class AdoptionSequencerTest {

    private final Scoring scoring = new Scoring(Sheets.QUESTIONNAIRE);
    private final AdoptionSequencer sequencer = new AdoptionSequencer();

    private AdoptionPlan plan(Sheets sheets) {
        AnswerSheet sheet = sheets.sheet();
        return sequencer.plan(scoring.score(sheet), sheet);
    }

    private static Sheets allInPlaceExcept(String... componentsAbsent) {
        Sheets sheets = Sheets.allAnswered("in-place");
        for (String component : componentsAbsent) {
            Sheets.QUESTIONNAIRE
                    .component(Integer.parseInt(component))
                    .questions()
                    .forEach(q -> sheets.answer(q.id(), "absent"));
        }
        return sheets;
    }

    @Test
    void nothingToAdoptWhenEverythingIsInPlace() {
        AdoptionPlan plan = plan(Sheets.allAnswered("in-place"));
        assertEquals(List.of(), plan.steps());
        assertEquals(AsylonModule.values().length, plan.notRecommended().size());
    }

    @Test
    void aGapInStatusDeterminationBringsItsPrerequisitesInFeedOrder() {
        // only component 6 is weak, yet rsd reads reception, which reads entry
        AdoptionPlan plan = plan(allInPlaceExcept("6"));
        assertEquals(List.of("entry", "reception", "rsd"), plan.moduleIds());
        assertEquals(0, plan.steps().get(0).need());
        assertTrue(plan.steps().get(0).reason().contains("Its own components are covered"));
        assertTrue(plan.steps().get(0).reason().contains("Comes before reception"));
        assertEquals(100, plan.steps().get(2).need());
    }

    @Test
    void largerGapsComeFirstAmongModulesThatAreReady() {
        // all modules ready after entry: statistics (component 2 absent) before detention
        // (component 3 partial)
        Sheets sheets = allInPlaceExcept("2");
        Sheets.QUESTIONNAIRE
                .component(3)
                .questions()
                .forEach(q -> sheets.answer(q.id(), "partial"));
        assertEquals(
                List.of("entry", "identity", "statistics", "detention"), plan(sheets).moduleIds());
    }

    @Test
    void tiesFollowTheSuitesOrder() {
        AdoptionPlan plan = plan(Sheets.party());
        assertEquals(
                List.of(
                        "entry",
                        "reception",
                        "rsd",
                        "detention",
                        "return",
                        "identity",
                        "readmission",
                        "statistics"),
                plan.moduleIds());
    }

    @Test
    void rsdIsLeftOutWhenUnhcrDecidesUnderItsMandate() {
        AdoptionPlan plan =
                plan(
                        Sheets.party()
                                .profile("party-1951", "no")
                                .profile("rsd-conducted-by", "unhcr"));
        assertTrue(plan.moduleIds().stream().noneMatch("rsd"::equals));
        assertTrue(plan.notRecommended().get(0).contains("Annex I (objective 6, activity 2)"));
        AdoptionStep reception =
                plan.steps().stream()
                        .filter(s -> s.module() == AsylonModule.RECEPTION)
                        .findFirst()
                        .orElseThrow();
        assertTrue(reception.reason().contains("refers protection requests to UNHCR"));
    }

    @Test
    void rsdStaysWhenNobodyDecidesYet() {
        AdoptionPlan plan =
                plan(
                        Sheets.party()
                                .profile("party-1951", "no")
                                .profile("rsd-conducted-by", "none"));
        assertTrue(plan.moduleIds().contains("rsd"));
    }

    @Test
    void everyModuleComesAfterItsPrerequisites() {
        AdoptionPlan plan = plan(Sheets.party());
        for (AdoptionStep step : plan.steps()) {
            for (AsylonModule prerequisite : step.module().prerequisites()) {
                assertTrue(
                        plan.moduleIds().indexOf(prerequisite.id()) < step.position() - 1,
                        prerequisite.id() + " before " + step.module().id());
            }
        }
    }
}
