package org.asylon.returns.decision.control;

import static org.asylon.returns.testing.DecisionFixture.OFFICER;
import static org.asylon.returns.testing.Laws.CONVENTION;
import static org.asylon.returns.testing.Laws.EU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.decision.entity.AppealOutcome;
import org.asylon.returns.decision.entity.DecisionTerms;
import org.asylon.returns.decision.entity.NotificationMethod;
import org.asylon.returns.decision.entity.ReturnLaw;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.asylon.returns.testing.DecisionFixture;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a return decision tells the gate at the moment of a forced step: a pending appeal with
 * suspensive effect (return.appeal.suspensive-effect) or a suspension awaiting the appeal body's
 * ruling, a period for voluntary departure not yet begun or still running, a feared country of
 * return, an annulled decision. A departure on the person's own is never barred here; none of the
 * bars can be overridden at the gate.
 */
class DecisionBarsTest {

    static final Instant NOTIFIED = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant DURING = Instant.parse("2026-12-20T10:00:00Z");
    static final Instant AFTER = Instant.parse("2027-01-02T10:00:00Z");

    DecisionFixture world;

    @AfterEach
    void close() {
        world.close();
    }

    /** A notified decision on a new case; {@code none}: no period for voluntary departure. */
    String notifiedCase(String profile, boolean none) {
        world = world == null ? new DecisionFixture(profile) : world;
        String caseId = world.aCase();
        DecisionTerms terms =
                none
                        ? Laws.withPeriod(
                                0, List.of("risk-of-absconding"), null, "Absconded twice.")
                        : Laws.terms();
        String id = world.at(d -> d.decisions.issue(caseId, terms, OFFICER).id());
        world.clock.set(NOTIFIED);
        world.run(
                d ->
                        d.decisions.notify(
                                id,
                                "\"" + d.records.decision(id).version() + "\"",
                                NOTIFIED,
                                NotificationMethod.IN_PERSON,
                                null,
                                OFFICER));
        return caseId;
    }

    List<ExecutionBar> bars(String caseId, ExecutionStep step, Instant at) {
        return world.at(d -> d.bars.barsFor(d.cases.require(caseId), step, at));
    }

    List<String> rules(String caseId, ExecutionStep step, Instant at) {
        return bars(caseId, step, at).stream().map(ExecutionBar::rule).toList();
    }

    String decisionOf(String caseId) {
        return world.at(d -> d.records.inForce(caseId).orElseThrow().id());
    }

    String lodge(String caseId, boolean suspensionRequested) {
        String decision = decisionOf(caseId);
        if (world.clock.instant().isBefore(DURING)) {
            world.clock.set(DURING);
        }
        return world.at(
                d ->
                        d.appeals
                                .lodge(
                                        decision,
                                        new AppealTerms(
                                                NOTIFIED.plusSeconds(3600),
                                                "Administrative Court",
                                                "AC 1/2026",
                                                suspensionRequested),
                                        OFFICER)
                                .id());
    }

    @Test
    void aPendingAppealWithSuspensiveEffectStopsRemovalAndHandoverButNotADeparture() {
        String caseId = notifiedCase(CONVENTION, true);
        world.clock.set(DURING);
        String appeal = lodge(caseId, false);
        List<ExecutionBar> bars = bars(caseId, ExecutionStep.REMOVAL_EXECUTED, DURING);
        assertEquals(
                List.of(ReturnLaw.SUSPENSIVE_EFFECT),
                bars.stream().map(ExecutionBar::rule).toList());
        assertTrue(bars.get(0).basis().contains("Art 13(2)"), bars.get(0).basis());
        assertFalse(bars.get(0).overridable());
        assertEquals(
                List.of(ReturnLaw.SUSPENSIVE_EFFECT),
                rules(caseId, ExecutionStep.BORDER_HANDOVER, DURING));
        assertEquals(List.of(), rules(caseId, ExecutionStep.DEPARTURE_CONFIRMED, DURING));
        world.run(
                d ->
                        d.appeals.decide(
                                appeal,
                                "\"" + d.records.appeal(appeal).version() + "\"",
                                AppealOutcome.DISMISSED,
                                DURING,
                                "AC 1/2026-J",
                                OFFICER));
        assertEquals(List.of(), rules(caseId, ExecutionStep.REMOVAL_EXECUTED, DURING));
    }

    @Test
    void underTheEuRuleOnlyASuspensionGrantedOrAwaitingTheRulingStopsARemoval() {
        String caseId = notifiedCase(EU, true);
        world.clock.set(DURING);
        String notAsked = lodge(caseId, false);
        assertEquals(List.of(), rules(caseId, ExecutionStep.REMOVAL_EXECUTED, DURING));
        world.run(
                d ->
                        d.appeals.decide(
                                notAsked,
                                "\"" + d.records.appeal(notAsked).version() + "\"",
                                AppealOutcome.WITHDRAWN,
                                DURING,
                                null,
                                OFFICER));
        String asked = lodge(caseId, true);
        List<ExecutionBar> waiting = bars(caseId, ExecutionStep.REMOVAL_EXECUTED, DURING);
        assertEquals(ReturnLaw.SUSPENSIVE_EFFECT, waiting.get(0).rule());
        assertTrue(waiting.get(0).detail().contains("until it rules"), waiting.get(0).detail());
        world.run(
                d ->
                        d.appeals.ruleOnSuspension(
                                asked,
                                "\"" + d.records.appeal(asked).version() + "\"",
                                false,
                                DURING,
                                "AC 2/2026-S",
                                OFFICER));
        assertEquals(List.of(), rules(caseId, ExecutionStep.REMOVAL_EXECUTED, DURING));
        world.run(
                d ->
                        d.appeals.ruleOnSuspension(
                                asked,
                                "\"" + d.records.appeal(asked).version() + "\"",
                                true,
                                DURING,
                                "AC 2/2026-S2",
                                OFFICER));
        assertEquals(
                List.of(ReturnLaw.SUSPENSIVE_EFFECT),
                rules(caseId, ExecutionStep.REMOVAL_EXECUTED, DURING));
    }

    @Test
    void noRemovalWhileThePeriodForVoluntaryDepartureRunsNorBeforeItBegins() {
        world = new DecisionFixture(EU);
        String caseId = world.aCase();
        String id = world.at(d -> d.decisions.issue(caseId, Laws.terms(), OFFICER).id());
        List<ExecutionBar> notBegun = bars(caseId, ExecutionStep.REMOVAL_EXECUTED, Laws.DECIDED);
        assertEquals(ReturnLaw.REMOVAL_AFTER_PERIOD, notBegun.get(0).rule());
        assertTrue(notBegun.get(0).detail().contains("not notified"));
        assertTrue(notBegun.get(0).basis().contains("Art 7(1)"));
        assertTrue(notBegun.get(0).basis().contains("UNCONFIRMED"));
        world.clock.set(NOTIFIED);
        world.run(
                d ->
                        d.decisions.notify(
                                id,
                                "\"" + d.records.decision(id).version() + "\"",
                                NOTIFIED,
                                NotificationMethod.REGISTERED_POST,
                                null,
                                OFFICER));
        List<ExecutionBar> running = bars(caseId, ExecutionStep.BORDER_HANDOVER, DURING);
        assertEquals(ReturnLaw.REMOVAL_AFTER_PERIOD, running.get(0).rule());
        assertTrue(running.get(0).detail().contains("2027-01-01"), running.get(0).detail());
        assertEquals(List.of(), rules(caseId, ExecutionStep.DEPARTURE_CONFIRMED, DURING));
        assertEquals(List.of(), rules(caseId, ExecutionStep.REMOVAL_EXECUTED, AFTER));
    }

    @Test
    void noPeriodGrantedNothingToWaitFor() {
        String caseId = notifiedCase(EU, true);
        assertEquals(List.of(), rules(caseId, ExecutionStep.REMOVAL_EXECUTED, NOTIFIED));
    }

    @Test
    void aFearedCountryOfReturnStopsTheRemoval() {
        String caseId = notifiedCase(EU, true);
        world.feared = List.of("IRQ");
        List<ExecutionBar> bars = bars(caseId, ExecutionStep.REMOVAL_EXECUTED, AFTER);
        assertEquals(
                List.of(ReturnLaw.NON_REFOULEMENT), bars.stream().map(ExecutionBar::rule).toList());
        assertEquals(
                ReturnProfile.lawOf(world.profile.profile()).nonRefoulementBasis(),
                bars.get(0).basis());
    }

    @Test
    void anAnnulledDecisionStopsTheRemovalUntilANewOneIsInForce() {
        String caseId = notifiedCase(CONVENTION, true);
        String decision = decisionOf(caseId);
        String appeal = lodge(caseId, false);
        world.run(
                d ->
                        d.appeals.decide(
                                appeal,
                                "\"" + d.records.appeal(appeal).version() + "\"",
                                AppealOutcome.ANNULLED,
                                NOTIFIED.plusSeconds(7200),
                                "AC 1/2026-J",
                                OFFICER));
        List<ExecutionBar> bars = bars(caseId, ExecutionStep.REMOVAL_EXECUTED, AFTER);
        assertEquals(List.of(ReturnLaw.ANNULLED), bars.stream().map(ExecutionBar::rule).toList());
        assertTrue(bars.get(0).detail().contains(decision));
        world.clock.set(AFTER);
        world.run(
                d ->
                        d.decisions.issue(
                                caseId,
                                Laws.withPeriod(
                                        0, List.of("public-policy-risk"), null, "New facts."),
                                OFFICER));
        List<String> after = rules(caseId, ExecutionStep.REMOVAL_EXECUTED, AFTER);
        assertFalse(after.contains(ReturnLaw.ANNULLED), after.toString());
    }

    @Test
    void aRemovalOnADeskCaseWithoutADecisionInForceEnforcesNothingAndIsBarred() {
        world = new DecisionFixture(EU);
        String caseId = world.aCase();
        assertEquals(
                List.of(ReturnLaw.IN_FORCE), rules(caseId, ExecutionStep.REMOVAL_EXECUTED, AFTER));
        assertEquals(List.of(), rules(caseId, ExecutionStep.DEPARTURE_CONFIRMED, AFTER));
    }

    @Test
    void aRefusalOfEntryIsItsOwnTitleAndNeedsNoReturnDecision() {
        world = new DecisionFixture(EU);
        ReturnCase refused =
                new ReturnCase(
                        CaseOrigin.ENTRY,
                        "refusal-of-entry",
                        "encounter-1",
                        new ReturnCase.Person(null, null, null, null, null, List.of(), false),
                        new ReturnCase.Links(null, null, "encounter-1"),
                        "feed:entry",
                        AFTER);
        assertFalse(DecisionBars.needsDecision(refused));
    }
}
