package org.asylon.returns.decision.control;

import static org.asylon.returns.testing.DecisionFixture.OFFICER;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Problems.conflict;
import static org.asylon.returns.testing.Problems.refusedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.decision.entity.DecisionStatus;
import org.asylon.returns.decision.entity.DepartureEvidence;
import org.asylon.returns.decision.entity.NotificationMethod;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.decision.entity.ReturnLaw;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.testing.DecisionFixture;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The decision desk over the real schema: one decision in force per open case, published and
 * audited without its reasons; never a country the person fears; the person's departure confirmed
 * only through the gate, recorded with the gate's check and closing the case DEPARTED_VOLUNTARILY,
 * or nothing recorded when the gate refuses; the entry ban running from the day the person left.
 */
class DecisionsTest {

    final DecisionFixture world = new DecisionFixture(EU);

    @AfterEach
    void close() {
        world.close();
    }

    String issue(String caseId) {
        return world.at(d -> d.decisions.issue(caseId, Laws.terms(), OFFICER).id());
    }

    ReturnDecision notify(String id) {
        world.clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        return world.at(
                d ->
                        d.decisions.notify(
                                id,
                                "\"" + d.records.decision(id).version() + "\"",
                                world.clock.instant(),
                                NotificationMethod.IN_PERSON,
                                "ara",
                                OFFICER));
    }

    @Test
    void aDecisionIsPublishedAndAuditedWithoutItsReasons() {
        String caseId = world.aCase();
        String id = issue(caseId);
        List<String> issued = world.events(DecisionEvents.DECISION_ISSUED);
        assertEquals(1, issued.size());
        assertTrue(issued.get(0).contains("\"caseId\":\"" + caseId + "\""), issued.get(0));
        assertTrue(issued.get(0).contains("\"voluntaryDepartureDays\":30"), issued.get(0));
        assertFalse(issued.get(0).contains("visa expired"), "no reasons on the feed");
        assertEquals(List.of("decision.issued"), world.audited(id));
        world.at(d -> d.decisions.read(id, OFFICER));
        assertEquals(List.of("decision.issued", "decision.read"), world.audited(id));
    }

    @Test
    void oneDecisionInForceAtATimeOnAnOpenCase() {
        String caseId = world.aCase();
        String first = issue(caseId);
        conflict(() -> issue(caseId));
        world.run(
                d ->
                        d.decisions.withdraw(
                                first,
                                "\"" + d.records.decision(first).version() + "\"",
                                "The wrong ground was named.",
                                OFFICER));
        world.clock.advance(Duration.ofHours(1));
        String second = issue(caseId);
        assertEquals(
                List.of(second, first),
                world.at(
                        d ->
                                d.decisions.ofCase(caseId, OFFICER).stream()
                                        .map(f -> f.decision().id())
                                        .toList()));
        world.run(d -> d.cases.close(caseId, Closure.DISCONTINUED, OFFICER));
        conflict(() -> issue(caseId));
    }

    @Test
    void aChangeNeedsTheVersionTheOfficerRead() {
        String id = issue(world.aCase());
        ProblemException stale =
                assertThrows(
                        ProblemException.class,
                        () ->
                                world.at(
                                        d ->
                                                d.decisions.notify(
                                                        id,
                                                        "\"99\"",
                                                        Laws.DECIDED,
                                                        NotificationMethod.IN_PERSON,
                                                        null,
                                                        OFFICER)));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
    }

    @Test
    void neverACountryThePersonFearsNotEvenInANewDecision() {
        world.feared = List.of("IRQ");
        String caseId = world.aCase();
        refusedBy(ReturnLaw.NON_REFOULEMENT, null, () -> issue(caseId));
        assertTrue(world.events(DecisionEvents.DECISION_ISSUED).isEmpty());
    }

    @Test
    void theNotificationAndAnExtensionPublishTheEndOfThePeriod() {
        String id = issue(world.aCase());
        notify(id);
        assertTrue(
                world.events(DecisionEvents.DECISION_NOTIFIED)
                        .get(0)
                        .contains("\"voluntaryDepartureLastDay\":\"2027-01-01\""));
        world.run(
                d ->
                        d.decisions.extend(
                                id,
                                "\"" + d.records.decision(id).version() + "\"",
                                7,
                                List.of("family-and-social-links"),
                                "Mother in hospital until the 5th.",
                                OFFICER));
        String extended = world.events(DecisionEvents.PERIOD_EXTENDED).get(0);
        assertTrue(extended.contains("\"voluntaryDepartureLastDay\":\"2027-01-08\""), extended);
        assertFalse(extended.contains("hospital"));
        assertEquals(1, world.at(d -> d.records.extensions(id)).size());
    }

    @Test
    void theDepartureIsConfirmedThroughTheGateAndClosesTheCase() {
        String caseId = world.aCase();
        String id = issue(caseId);
        notify(id);
        world.clock.set(Instant.parse("2026-12-20T10:00:00Z"));
        DeskProtectionCheck check =
                new DeskProtectionCheck(
                        "Asylum office duty desk",
                        "call 2026-12-20/4",
                        Instant.parse("2026-12-20T08:00:00Z"),
                        DeskProtectionCheck.DeskFinding.NO_CLAIM);
        ReturnDecision d =
                world.at(
                        desk ->
                                desk.decisions.confirmDeparture(
                                        id,
                                        "\"" + desk.records.decision(id).version() + "\"",
                                        new DepartureReport(
                                                Instant.parse("2026-12-20T07:30:00Z"),
                                                "IRQ",
                                                DepartureEvidence.EXIT_CHECK,
                                                "Airport",
                                                check),
                                        OFFICER));
        assertEquals(
                List.of(
                        new DecisionFixture.Asked(
                                caseId, ExecutionStep.DEPARTURE_CONFIRMED, check)),
                world.gateAsked);
        assertEquals("check-1", d.departure().gateCheckId());
        assertTrue(d.departure().withinPeriod());
        assertEquals(Closure.DEPARTED_VOLUNTARILY, world.returnCase(caseId).closure());
        String event = world.events(DecisionEvents.DEPARTURE_CONFIRMED).get(0);
        assertTrue(event.contains("\"gateCheckId\":\"check-1\""), event);
        assertTrue(event.contains("\"withinPeriod\":true"), event);
        assertEquals(1, world.events("org.asylon.return.case-closed.v1").size());
    }

    @Test
    void aDepartureTheGateRefusesRecordsNothing() {
        String caseId = world.aCase();
        String id = issue(caseId);
        notify(id);
        world.gateRefusal =
                ProblemException.ruleViolated(
                        "return.gate.claim-pending", "APR", "A claim is pending.");
        refusedBy(
                "return.gate.claim-pending",
                "APR",
                () ->
                        world.at(
                                d ->
                                        d.decisions.confirmDeparture(
                                                id,
                                                "\"" + d.records.decision(id).version() + "\"",
                                                new DepartureReport(
                                                        world.clock.instant(),
                                                        "IRQ",
                                                        DepartureEvidence.SEEN_LEAVING,
                                                        null,
                                                        null),
                                                OFFICER)));
        assertNull(world.decision(id).departure());
        assertTrue(world.returnCase(caseId).open());
        assertTrue(world.events(DecisionEvents.DEPARTURE_CONFIRMED).isEmpty());
    }

    @Test
    void aDepartureToAFearedCountryIsRefusedBeforeTheGateIsAsked() {
        String id = issue(world.aCase());
        notify(id);
        world.feared = List.of("SYR");
        refusedBy(
                ReturnLaw.NON_REFOULEMENT,
                null,
                () ->
                        world.at(
                                d ->
                                        d.decisions.confirmDeparture(
                                                id,
                                                "\"" + d.records.decision(id).version() + "\"",
                                                new DepartureReport(
                                                        world.clock.instant(),
                                                        "SYR",
                                                        DepartureEvidence.SEEN_LEAVING,
                                                        null,
                                                        null),
                                                OFFICER)));
        assertTrue(world.gateAsked.isEmpty());
    }

    @Test
    void theEntryBanRunsFromTheDayThePersonLeftHoweverTheyLeft() {
        String caseId = world.aCase();
        String id =
                world.at(
                        d ->
                                d.decisions
                                        .issue(
                                                caseId,
                                                Laws.withBan(
                                                        "P2Y",
                                                        false,
                                                        null,
                                                        "Worked without a permit for years."),
                                                OFFICER)
                                        .id());
        assertNull(world.at(d -> d.decisions.read(id, OFFICER)).leftAt());
        world.clock.advance(Duration.ofDays(40));
        // a removal carried out by the operations desk closes the case REMOVED
        world.run(d -> d.cases.close(caseId, Closure.REMOVED, OFFICER));
        assertEquals(world.clock.instant(), world.at(d -> d.decisions.read(id, OFFICER)).leftAt());
    }

    @Test
    void anAlternativeOutcomeWithdrawsTheDecisionInForce() {
        String caseId = world.aCase();
        String id = issue(caseId);
        world.run(d -> d.decisions.withdrawForOutcome(caseId, OFFICER));
        assertEquals(DecisionStatus.WITHDRAWN, world.decision(id).status());
        assertTrue(
                world.events(DecisionEvents.DECISION_WITHDRAWN)
                        .get(0)
                        .contains("ALTERNATIVE_OUTCOME"));
    }
}
