package org.asylon.returns.outcome.control;

import static org.asylon.returns.testing.DecisionFixture.OFFICER;
import static org.asylon.returns.testing.Laws.CONVENTION;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Problems.conflict;
import static org.asylon.returns.testing.Problems.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.asylon.returns.decision.entity.DecisionStatus;
import org.asylon.returns.decision.entity.Withdrawal;
import org.asylon.returns.outcome.entity.AlternativeOutcome;
import org.asylon.returns.outcome.entity.OutcomeTerms;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.testing.DecisionFixture;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.Test;

/**
 * Alternative migration outcomes (10-Point Plan, point 9): only as the profile's
 * return.alternative-outcomes lists them, with the basis the profile gives each; the outcome
 * replaces the return decision in force and closes the case ALTERNATIVE_OUTCOME.
 */
class OutcomesTest {

    static OutcomeTerms terms(String code) {
        return new OutcomeTerms(
                code,
                "WP-2026-4411",
                "Labour Office, Vienna",
                Laws.DECIDED,
                LocalDate.parse("2026-12-01"),
                LocalDate.parse("2027-11-30"),
                "A seasonal work permit for a nurse in a shortage occupation.");
    }

    @Test
    void anOutcomeOfTheProfileReplacesTheDecisionAndClosesTheCase() {
        try (DecisionFixture world = new DecisionFixture(EU)) {
            String caseId = world.aCase();
            String decision = world.at(d -> d.decisions.issue(caseId, Laws.terms(), OFFICER).id());
            AlternativeOutcome o =
                    world.at(d -> d.outcomes.record(caseId, terms("labour"), OFFICER));
            assertEquals("labour", o.outcomeCode());
            assertEquals("national-choice", o.outcomeStatus());
            assertTrue(o.outcomeBasis().contains("point 9"), o.outcomeBasis());
            assertEquals(decision, o.withdrawnDecisionId());
            assertEquals(DecisionStatus.WITHDRAWN, world.decision(decision).status());
            assertEquals(Withdrawal.ALTERNATIVE_OUTCOME, world.decision(decision).withdrawal());
            assertEquals(Closure.ALTERNATIVE_OUTCOME, world.returnCase(caseId).closure());
            String event = world.events(Outcomes.OUTCOME_RECORDED).get(0);
            assertTrue(event.contains("\"withdrawnDecisionId\":\"" + decision + "\""), event);
            assertFalse(event.contains("nurse"), "no reasons on the feed");
            assertEquals(1, world.events("org.asylon.return.case-closed.v1").size());
            conflict(() -> world.at(d -> d.outcomes.record(caseId, terms("study"), OFFICER)));
        }
    }

    @Test
    void eachOutcomeCarriesTheBasisTheProfileGivesIt() {
        try (DecisionFixture world = new DecisionFixture(EU)) {
            AlternativeOutcome humanitarian =
                    world.at(
                            d ->
                                    d.outcomes.record(
                                            world.aCase(), terms("humanitarian-stay"), OFFICER));
            assertTrue(humanitarian.outcomeBasis().contains("Art 6(4)"));
            assertEquals("unconfirmed", humanitarian.outcomeStatus());
            assertNull(humanitarian.withdrawnDecisionId());
        }
        try (DecisionFixture world = new DecisionFixture(CONVENTION)) {
            AlternativeOutcome family =
                    world.at(
                            d ->
                                    d.outcomes.record(
                                            world.aCase(), terms("family-reunification"), OFFICER));
            assertEquals("national-choice", family.outcomeStatus());
        }
    }

    @Test
    void onlyAnOutcomeTheProfileListsWithItsPermitAndReasons() {
        try (DecisionFixture world = new DecisionFixture(EU)) {
            String caseId = world.aCase();
            invalid(
                    "outcomeCode",
                    () -> world.at(d -> d.outcomes.record(caseId, terms("investor"), OFFICER)));
            OutcomeTerms t = terms("study");
            invalid(
                    "validUntil",
                    () ->
                            world.at(
                                    d ->
                                            d.outcomes.record(
                                                    caseId,
                                                    new OutcomeTerms(
                                                            "study",
                                                            t.permitReference(),
                                                            t.grantedBy(),
                                                            t.grantedAt(),
                                                            LocalDate.parse("2027-01-01"),
                                                            LocalDate.parse("2026-12-31"),
                                                            t.reasons()),
                                                    OFFICER)));
            invalid(
                    "grantedAt",
                    () ->
                            world.at(
                                    d ->
                                            d.outcomes.record(
                                                    caseId,
                                                    new OutcomeTerms(
                                                            "study",
                                                            t.permitReference(),
                                                            t.grantedBy(),
                                                            Laws.DECIDED.plusSeconds(86400),
                                                            null,
                                                            null,
                                                            t.reasons()),
                                                    OFFICER)));
            assertTrue(world.returnCase(caseId).open());
        }
    }
}
