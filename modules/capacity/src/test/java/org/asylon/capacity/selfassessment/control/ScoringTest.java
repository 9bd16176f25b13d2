package org.asylon.capacity.selfassessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A component's score is the mean credit of its counted items; not applicable leaves the mean. */
class ScoringTest {

    private final Scoring scoring = new Scoring(Sheets.QUESTIONNAIRE);

    private ComponentScore component(Sheets sheets, int number) {
        return scoring.score(sheets.sheet()).get(number - 1);
    }

    @ParameterizedTest
    @CsvSource({"in-place,100", "partial,50", "planned,20", "absent,0"})
    void everyItemAtOneLevelScoresThatLevelsCredit(String level, int expected) {
        List<ComponentScore> scores = scoring.score(Sheets.allAnswered(level).sheet());
        scores.forEach(s -> assertEquals(expected, s.score(), s.component().label()));
        assertEquals(expected, Scoring.overall(scores));
    }

    @Test
    void unansweredItemsCountAsZeroAndAreGaps() {
        // component 4 has three items: one in place, two left blank
        ComponentScore reception = component(Sheets.party().answer("4.1", "in-place"), 4);
        assertEquals(33, reception.score());
        assertEquals(
                List.of("Not answered", "Not answered"),
                reception.gaps().stream().map(Gap::status).toList());
    }

    @Test
    void notApplicableItemsLeaveTheMean() {
        ComponentScore entry =
                component(
                        Sheets.party()
                                .answer("3.1", "in-place")
                                .answer("3.2", "partial")
                                .answer("3.3", "in-place")
                                .answer("3.4", "not-applicable")
                                .answer("3.5", "in-place"),
                        3);
        assertEquals(88, entry.score()); // 350 / 4 = 87.5, rounded half up
        assertEquals(4, entry.counted());
        assertEquals(1, entry.notApplicable());
        assertEquals(List.of("3.2"), entry.gaps().stream().map(g -> g.question().id()).toList());
    }

    @Test
    void aComponentWhollyNotApplicableIsNotMeasuredAndLeavesTheOverallMean() {
        Sheets sheets =
                Sheets.allAnswered("in-place")
                        .answer("8.1", "not-applicable")
                        .answer("8.2", "not-applicable")
                        .answer("1.1", "absent");
        List<ComponentScore> scores = scoring.score(sheets.sheet());
        ComponentScore secondary = scores.get(7);
        assertNull(secondary.score());
        assertFalse(secondary.measured());
        assertEquals(0, secondary.gap());
        assertEquals("n/a", secondary.scoreText());
        // components 1 (8 of 9 in place = 89) and seven at 100, over the nine measured
        assertEquals(99, Scoring.overall(scores));
    }

    @Test
    void gapsAreListedWorstFirstInQuestionnaireOrderWithinALevel() {
        ComponentScore cooperation =
                component(
                        Sheets.party()
                                .answer("1.1", "partial")
                                .answer("1.2", "planned")
                                .answer("1.3", "absent")
                                .answer("1.4", "in-place")
                                .answer("1.5", "absent")
                                .answer("1.6", "in-place")
                                .answer("1.7", "in-place")
                                .answer("1.8", "in-place"),
                        1);
        assertEquals(
                List.of("1.9", "1.3", "1.5", "1.2", "1.1"),
                cooperation.gaps().stream().map(g -> g.question().id()).toList());
        assertTrue(cooperation.gaps().stream().noneMatch(g -> g.question().id().equals("1.4")));
    }

    @Test
    void noAnswersAtAllScoresZeroEverywhere() {
        List<ComponentScore> scores = scoring.score(Sheets.party().sheet());
        scores.forEach(s -> assertEquals(0, s.score()));
        assertEquals(
                Sheets.QUESTIONNAIRE.questions().count(),
                scores.stream().mapToLong(s -> s.gaps().size()).sum());
    }
}
