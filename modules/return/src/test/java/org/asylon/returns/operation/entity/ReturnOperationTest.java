package org.asylon.returns.operation.entity;

import static org.asylon.returns.operation.entity.TravelDocumentTest.assertField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A return operation guards its own consistency: nobody both escorts and monitors it ({@link
 * OperationRules#MONITOR_INDEPENDENCE}); nothing changes it once it was carried out or called off;
 * it goes to a state; a handover names who took the person over; a medical finding is not dated
 * ahead and a conditional one says its conditions.
 */
class ReturnOperationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private static ReturnOperation planned() {
        return new ReturnOperation(
                "case-1",
                new ReturnOperation.Plan(
                        OperationMode.FLIGHT,
                        NOW.plusSeconds(86_400),
                        "FCO",
                        "IRQ",
                        null,
                        "IA 212",
                        null),
                "return.operations",
                NOW);
    }

    @Test
    void aMonitorNeverEscortsTheOperationTheyMonitorNorAnEscortMonitorsIt() {
        ReturnOperation o = planned();
        o.assignEscorts(List.of(new Escort("escort.one", EscortFunction.TEAM_LEADER)));
        ProblemException asMonitor =
                assertRule(
                        OperationRules.MONITOR_INDEPENDENCE,
                        () -> o.assignMonitor("escort.one", "NPM", NOW));
        assertEquals(
                OperationRules.MONITOR_INDEPENDENCE_BASIS,
                asMonitor.extensions().get("legalBasis"));

        assertTrue(o.assignMonitor("monitor", "NPM", NOW));
        assertRule(
                OperationRules.MONITOR_INDEPENDENCE,
                () ->
                        o.assignEscorts(
                                List.of(
                                        new Escort("escort.one", EscortFunction.TEAM_LEADER),
                                        new Escort("monitor", EscortFunction.ESCORT))));
        assertEquals(1, o.escorts().size(), "the team before stays");
    }

    @Test
    void aMonitorTakesAnOperationOnOnceAndASecondMonitorJoins() {
        ReturnOperation o = planned();
        assertFalse(o.monitored());
        assertTrue(o.assignMonitor("monitor", "NPM", NOW));
        assertFalse(o.assignMonitor("monitor", "NPM", NOW.plusSeconds(60)), "again: nothing new");
        assertTrue(o.assignMonitor("monitor.unhcr", "UNHCR", NOW));
        assertEquals(2, o.monitors().size());
        assertTrue(o.monitored());
    }

    @Test
    void anEscortIsNamedOnce() {
        assertField(
                "escorts",
                () ->
                        planned()
                                .assignEscorts(
                                        List.of(
                                                new Escort("escort.one", EscortFunction.ESCORT),
                                                new Escort("escort.one", EscortFunction.MEDICAL))));
    }

    @Test
    void nothingChangesAnOperationThatWasCarriedOutOrCalledOff() {
        ReturnOperation executed = planned();
        executed.executed(ExecutionStep.REMOVAL_EXECUTED, "check-1", null, "ops", NOW);
        ReturnOperation cancelled = planned();
        cancelled.cancel(CancellationReason.CARRIER, "ops", NOW);
        for (ReturnOperation o : List.of(executed, cancelled)) {
            assertConflict(() -> o.replan(planOn(NOW)));
            assertConflict(() -> o.assignEscorts(List.of()));
            assertConflict(() -> o.assignMonitor("monitor", "NPM", NOW));
            assertConflict(
                    () -> o.recordFitness(FitnessFinding.FIT, NOW, "Dr", null, null, "ops", NOW));
            assertConflict(() -> o.cancel(CancellationReason.OTHER, "ops", NOW));
            assertConflict(
                    () -> o.executed(ExecutionStep.REMOVAL_EXECUTED, "check-2", null, "ops", NOW));
        }
        assertEquals("check-1", executed.gateCheckId());
        assertConflict(() -> cancelled.designatePostReturnPartner("IOM", List.of("partner.iom")));
        executed.designatePostReturnPartner("IOM", List.of("partner.iom", "partner.iom"));
        assertEquals(List.of("partner.iom"), executed.postReturnUsers());
        assertTrue(executed.reportsBackAfterReturn("partner.iom"));
    }

    @Test
    void aHandoverAtABorderNamesTheAuthorityThatTookThePersonOver() {
        ReturnOperation o = planned();
        assertField(
                "receivingAuthority",
                () -> o.executed(ExecutionStep.BORDER_HANDOVER, "check-1", " ", "ops", NOW));
        o.executed(
                ExecutionStep.BORDER_HANDOVER,
                "check-1",
                "Border police, Kapitan Andreevo",
                "ops",
                NOW);
        assertEquals(OperationStatus.EXECUTED, o.status());
        assertEquals(ExecutionStep.BORDER_HANDOVER, o.executedStep());
    }

    @Test
    void aVoluntaryDepartureIsNotAnOperationsStep() {
        assertThrows(
                IllegalArgumentException.class,
                () -> planned().executed(ExecutionStep.DEPARTURE_CONFIRMED, "c", null, "ops", NOW));
    }

    @Test
    void anOperationGoesToAState() {
        for (String notAState : new String[] {"XXA", "XXX", "EUE"}) {
            assertField(
                    "destinationCountry",
                    () ->
                            new ReturnOperation(
                                    "case-1",
                                    new ReturnOperation.Plan(
                                            OperationMode.LAND,
                                            NOW,
                                            "Crossing point",
                                            notAState,
                                            null,
                                            null,
                                            null),
                                    "ops",
                                    NOW));
        }
    }

    @Test
    void aMedicalFindingIsNotDatedAheadAndAConditionalOneSaysItsConditions() {
        ReturnOperation o = planned();
        assertField(
                "assessedAt",
                () ->
                        o.recordFitness(
                                FitnessFinding.FIT,
                                NOW.plusSeconds(60),
                                "Dr",
                                null,
                                null,
                                "ops",
                                NOW));
        assertField(
                "conditions",
                () ->
                        o.recordFitness(
                                FitnessFinding.FIT_WITH_CONDITIONS,
                                NOW,
                                "Dr",
                                null,
                                " ",
                                "ops",
                                NOW));
        FitnessAssessment a =
                o.recordFitness(
                        FitnessFinding.FIT_WITH_CONDITIONS,
                        NOW,
                        "Dr",
                        null,
                        "Medical escort",
                        "ops",
                        NOW);
        assertTrue(a.finding().allowsTravel());
        assertFalse(FitnessFinding.NOT_FIT.allowsTravel());
    }

    private static ReturnOperation.Plan planOn(Instant at) {
        return new ReturnOperation.Plan(OperationMode.SEA, at, "Bari", "ALB", null, null, null);
    }

    private static ProblemException assertRule(String rule, Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.RULE_VIOLATED, refused.type(), refused.getMessage());
        assertEquals(rule, refused.extensions().get("rule"));
        return refused;
    }

    private static void assertConflict(Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.CONFLICT, refused.type(), refused.getMessage());
    }
}
