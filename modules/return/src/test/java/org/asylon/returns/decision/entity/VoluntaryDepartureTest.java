package org.asylon.returns.decision.entity;

import static org.asylon.returns.testing.Laws.CONVENTION;
import static org.asylon.returns.testing.Laws.DECIDED;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Laws.law;
import static org.asylon.returns.testing.Laws.withPeriod;
import static org.asylon.returns.testing.Problems.invalid;
import static org.asylon.returns.testing.Problems.refusedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.Test;

/**
 * The period for voluntary departure a return decision grants (Return Directive 2008/115/EC, Art 7,
 * in the EU profile): the profile's period unless the decision says otherwise (Art 7(1)); shorter
 * within the range with reasons; below 7 days or none only on an Art 7(4) ground; longer only for
 * the Art 7(2) circumstances; the return border procedure's own period.
 */
class VoluntaryDepartureTest {

    static ReturnDecision issue(String profile, DecisionTerms terms) {
        return ReturnDecision.issue(
                "case-1", terms, law(profile), List.of("IRQ"), List.of(), "officer", DECIDED);
    }

    @Test
    void withoutAWordTheDecisionGrantsTheProfilesPeriodArt7_1() {
        VoluntaryDeparture p = issue(EU, Laws.terms()).voluntaryDeparture();
        assertEquals(30, p.totalDays());
        assertEquals(30, p.profileDays());
        assertEquals(PeriodKind.PROFILE_PERIOD, p.kind());
        assertEquals(ReturnLaw.PERIOD, p.periodRule());
        assertTrue(p.periodBasis().contains("Art 7(1)"), p.periodBasis());
        assertTrue(p.profilePeriodAsItIs());
    }

    @Test
    void aShorterPeriodWithinTheRangeNeedsReasonsButNoGround() {
        invalid(
                "voluntaryDeparture.reasons",
                () -> issue(EU, withPeriod(14, List.of(), List.of(), null)));
        VoluntaryDeparture p =
                issue(EU, withPeriod(14, List.of(), List.of(), "Has a ticket for the 10th."))
                        .voluntaryDeparture();
        assertEquals(14, p.totalDays());
        assertEquals(PeriodKind.SHORTENED, p.kind());
        assertTrue(p.shorteningGrounds().isEmpty());
    }

    @Test
    void belowSevenDaysOnlyOnAGroundOfArt7_4() {
        refusedBy(
                ReturnLaw.SHORTENING_GROUNDS,
                "Art 7(4)",
                () -> issue(EU, withPeriod(3, List.of(), List.of(), "Absconded twice.")));
        invalid(
                "voluntaryDeparture.reasons",
                () -> issue(EU, withPeriod(3, List.of("risk-of-absconding"), List.of(), " ")));
        VoluntaryDeparture p =
                issue(
                                EU,
                                withPeriod(
                                        3,
                                        List.of("risk-of-absconding"),
                                        List.of(),
                                        "Absconded twice from the reception centre."))
                        .voluntaryDeparture();
        assertEquals(3, p.totalDays());
        assertEquals(List.of("risk-of-absconding"), p.shorteningGrounds());
        assertTrue(p.shorteningBasis().contains("Art 7(4)"));
    }

    @Test
    void noPeriodAtAllOnlyOnAGroundOfArt7_4() {
        refusedBy(
                ReturnLaw.SHORTENING_GROUNDS,
                "Art 7(4)",
                () -> issue(EU, withPeriod(0, null, null, "Dangerous.")));
        VoluntaryDeparture p =
                issue(
                                EU,
                                withPeriod(
                                        0,
                                        List.of("public-policy-risk"),
                                        null,
                                        "Convicted of a serious offence on 2026-05-02."))
                        .voluntaryDeparture();
        assertFalse(p.granted());
        assertEquals(PeriodKind.NONE, p.kind());
    }

    @Test
    void aShorteningGroundMustBeOneOfTheProfile() {
        invalid(
                "voluntaryDeparture.shorteningGrounds[1]",
                () ->
                        issue(
                                EU,
                                withPeriod(
                                        2,
                                        List.of("risk-of-absconding", "no-passport"),
                                        null,
                                        "Reasons.")));
    }

    @Test
    void aShorteningGroundIsRecordedOnlyWhereItIsApplied() {
        invalid(
                "voluntaryDeparture.shorteningGrounds",
                () -> issue(EU, withPeriod(30, List.of("risk-of-absconding"), null, "Reasons.")));
        invalid(
                "voluntaryDeparture.shorteningGrounds",
                () -> issue(EU, withPeriod(10, List.of("risk-of-absconding"), null, "Reasons.")));
    }

    @Test
    void aLongerPeriodIsAnExtensionForTheCircumstancesOfArt7_2() {
        refusedBy(
                ReturnLaw.EXTENSION_CIRCUMSTANCES,
                "Art 7(2)",
                () -> issue(EU, withPeriod(60, null, null, "Children finish the school year.")));
        invalid(
                "voluntaryDeparture.extensionCircumstances[0]",
                () -> issue(EU, withPeriod(60, null, List.of("weather"), "Reasons.")));
        VoluntaryDeparture p =
                issue(
                                EU,
                                withPeriod(
                                        60,
                                        null,
                                        List.of("children-in-school"),
                                        "Two children finish the school year on 2027-01-28."))
                        .voluntaryDeparture();
        assertEquals(PeriodKind.EXTENDED, p.kind());
        assertEquals(List.of("children-in-school"), p.extensionCircumstances());
    }

    @Test
    void theReturnBorderProcedureHasItsOwnPeriodWhereTheProfileHasOne() {
        DecisionTerms t = Laws.terms();
        DecisionTerms border =
                new DecisionTerms(
                        t.groundCode(), t.reasons(), true, null, null, t.countryOfReturn());
        VoluntaryDeparture p = issue(EU, border).voluntaryDeparture();
        assertEquals(ReturnLaw.BORDER_PERIOD, p.periodRule());
        assertEquals(15, p.totalDays());
        refusedBy(ReturnLaw.BORDER_PERIOD, null, () -> issue(CONVENTION, border));
    }

    @Test
    void inTheBorderProcedureAnyShorterPeriodIsWithinTheRangeButNoneNeedsAGround() {
        DecisionTerms t = Laws.terms();
        DecisionTerms fiveDays =
                new DecisionTerms(
                        t.groundCode(),
                        t.reasons(),
                        true,
                        new DecisionTerms.PeriodTerms(5, null, null, "Flight on the 6th."),
                        null,
                        t.countryOfReturn());
        assertEquals(5, issue(EU, fiveDays).voluntaryDeparture().totalDays());
        DecisionTerms none =
                new DecisionTerms(
                        t.groundCode(),
                        t.reasons(),
                        true,
                        new DecisionTerms.PeriodTerms(0, null, null, "Reasons."),
                        null,
                        t.countryOfReturn());
        refusedBy(ReturnLaw.SHORTENING_GROUNDS, "Art 7(4)", () -> issue(EU, none));
    }

    @Test
    void aStateOutsideTheEuAppliesTheSameShapeAsANationalChoice() {
        refusedBy(
                ReturnLaw.SHORTENING_GROUNDS,
                "National choice",
                () -> issue(CONVENTION, withPeriod(0, null, null, "Reasons.")));
        assertEquals(30, issue(CONVENTION, Laws.terms()).voluntaryDeparture().totalDays());
    }

    @Test
    void aNegativePeriodIsAFieldError() {
        invalid("voluntaryDeparture.days", () -> issue(EU, withPeriod(-1, null, null, "x")));
    }
}
