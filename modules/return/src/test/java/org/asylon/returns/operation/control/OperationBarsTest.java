package org.asylon.returns.operation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.operation.entity.CancellationReason;
import org.asylon.returns.operation.entity.FitnessFinding;
import org.asylon.returns.operation.entity.OperationRules;
import org.asylon.returns.operation.entity.RefusalReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What this area tells the gate at the moment of a removal or a handover: no planned operation; no
 * forced-return monitor where the profile's {@code return.forced-return.monitor} asks for one
 * (Return Directive 2008/115/EC, Art 8(6) as the issue names it, unconfirmed); no medical finding
 * of fitness to travel, or the latest says unfit; no travel document valid that day. A voluntary
 * departure passes untouched, and none of these bars can be overridden.
 */
class OperationBarsTest {

    private OperationsDatabase db = new OperationsDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private List<ExecutionBar> barsOfCase(String caseId, ExecutionStep step) {
        return db.at(d -> d.bars.barsFor(d.cases.require(caseId), step, db.clock.instant()));
    }

    private List<String> rules(String caseId) {
        return barsOfCase(caseId, ExecutionStep.REMOVAL_EXECUTED).stream()
                .map(ExecutionBar::rule)
                .toList();
    }

    @Test
    void withoutAPlannedOperationNobodyIsRemovedOrHandedOverButAVoluntaryDepartureGoes() {
        String caseId = db.openCase();
        for (ExecutionStep step :
                List.of(ExecutionStep.REMOVAL_EXECUTED, ExecutionStep.BORDER_HANDOVER)) {
            List<ExecutionBar> bars = barsOfCase(caseId, step);
            assertEquals(
                    List.of(OperationRules.PLANNED),
                    bars.stream().map(ExecutionBar::rule).toList());
            assertEquals(false, bars.get(0).overridable());
        }
        assertEquals(List.of(), barsOfCase(caseId, ExecutionStep.DEPARTURE_CONFIRMED));
    }

    @Test
    void aBarePlanIsStoppedForTheMonitorTheFitnessAndTheTravelDocument() {
        String caseId = db.openCase();
        db.plan(caseId, null);
        List<ExecutionBar> bars = barsOfCase(caseId, ExecutionStep.REMOVAL_EXECUTED);
        assertEquals(
                List.of(
                        OperationRules.MONITOR,
                        OperationRules.FITNESS,
                        OperationRules.TRAVEL_DOCUMENT),
                bars.stream().map(ExecutionBar::rule).toList());
        assertTrue(bars.stream().noneMatch(ExecutionBar::overridable));
    }

    @Test
    void theMonitorBarNamesTheProfilesBasisReturnDirectiveArt8_6LabelledUnconfirmed() {
        String caseId = db.openCase();
        String operation = db.plan(caseId, db.issuedLaissezPasser(caseId));
        db.fit(operation, FitnessFinding.FIT);

        List<ExecutionBar> bars = barsOfCase(caseId, ExecutionStep.REMOVAL_EXECUTED);
        assertEquals(1, bars.size(), bars::toString);
        assertEquals(OperationRules.MONITOR, bars.get(0).rule());
        assertTrue(bars.get(0).basis().contains("Art 8(6)"), bars.get(0)::basis);
        assertTrue(bars.get(0).basis().endsWith("[unconfirmed]"), bars.get(0)::basis);

        db.monitored(operation);
        assertEquals(List.of(), rules(caseId));
    }

    @Test
    void aStateWhoseProfileAsksForNoMonitorRemovesWithoutOne(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("no-monitor-state.profile"),
                """
                [profile]
                name = no-monitor-state
                title = A state whose law does not ask for a monitor at every removal
                extends = eu-pact-2026

                [rule return.forced-return.monitor]
                value = false
                basis = National return law, Art 12
                status = confirmed
                """);
        db.close();
        db = new OperationsDatabase(new ActiveProfile(new ProfileLoader(dir), "no-monitor-state"));
        String caseId = db.openCase();
        String operation = db.plan(caseId, db.issuedLaissezPasser(caseId));
        db.fit(operation, FitnessFinding.FIT);
        assertEquals(List.of(), rules(caseId));
    }

    @Test
    void theLatestMedicalFindingCountsAndUnfitStopsTheRemoval() {
        String caseId = db.openCase();
        String operation = db.plan(caseId, db.issuedLaissezPasser(caseId));
        db.monitored(operation);
        assertEquals(List.of(OperationRules.FITNESS), rules(caseId));

        db.fit(operation, FitnessFinding.FIT);
        assertEquals(List.of(), rules(caseId));
        db.clock.advance(Duration.ofHours(2));
        db.fit(operation, FitnessFinding.NOT_FIT);
        List<ExecutionBar> unfit = barsOfCase(caseId, ExecutionStep.REMOVAL_EXECUTED);
        assertEquals(
                List.of(OperationRules.FITNESS), unfit.stream().map(ExecutionBar::rule).toList());
        assertTrue(unfit.get(0).detail().contains("not fit"), unfit.get(0)::detail);

        db.clock.advance(Duration.ofHours(2));
        db.fit(operation, FitnessFinding.FIT_WITH_CONDITIONS);
        assertEquals(List.of(), rules(caseId));
    }

    @Test
    void aDocumentRequestedRefusedNotYetValidOrExpiredIsNoDocumentToTravelOn() {
        String caseId = db.openCase();
        String requested = db.requestedLaissezPasser(caseId);
        String operation = db.plan(caseId, requested);
        db.fit(operation, FitnessFinding.FIT);
        db.monitored(operation);
        List<ExecutionBar> bars = barsOfCase(caseId, ExecutionStep.BORDER_HANDOVER);
        assertEquals(
                List.of(OperationRules.TRAVEL_DOCUMENT),
                bars.stream().map(ExecutionBar::rule).toList());
        assertTrue(bars.get(0).detail().contains("has not been issued"), bars.get(0)::detail);

        LocalDate today = LocalDate.parse("2026-12-01");
        db.at(
                d ->
                        d.documents.issue(
                                requested,
                                "*",
                                new TravelDocumentIssue(
                                        "LP-9", today, today.plusDays(2), today.plusDays(9)),
                                OperationsDatabase.OPERATIONS));
        assertTrue(
                barsOfCase(caseId, ExecutionStep.REMOVAL_EXECUTED)
                        .get(0)
                        .detail()
                        .contains("valid only from"));
        db.clock.advance(Duration.ofDays(2));
        assertEquals(List.of(), rules(caseId));
        db.clock.advance(Duration.ofDays(8));
        assertTrue(
                barsOfCase(caseId, ExecutionStep.REMOVAL_EXECUTED)
                        .get(0)
                        .detail()
                        .contains("expired on 2026-12-10"));

        // a refused document: the plan still names it (it was requested when planned)
        String other = db.openCase();
        String refused = db.requestedLaissezPasser(other);
        String second = db.plan(other, refused);
        db.fit(second, FitnessFinding.FIT);
        db.monitored(second);
        db.at(
                d ->
                        d.documents.refuse(
                                refused,
                                "*",
                                RefusalReason.IDENTITY_NOT_ESTABLISHED,
                                null,
                                null,
                                OperationsDatabase.OPERATIONS));
        assertTrue(
                barsOfCase(other, ExecutionStep.REMOVAL_EXECUTED)
                        .get(0)
                        .detail()
                        .contains("was refused"));
    }

    @Test
    void theDeskSeesWhatWouldStopAPlannedOperationNowAndNothingOnceItEnded() {
        String ready = db.readyOperation();
        assertEquals(List.of(), db.at(d -> d.operations.outstanding(d.operations.find(ready))));

        String bare = db.plan(db.openCase(), null);
        assertEquals(3, db.at(d -> d.operations.outstanding(d.operations.find(bare))).size());
        db.at(
                d ->
                        d.operations.cancel(
                                bare,
                                "*",
                                CancellationReason.CARRIER,
                                OperationsDatabase.OPERATIONS));
        assertEquals(List.of(), db.at(d -> d.operations.outstanding(d.operations.find(bare))));
    }

    @Test
    void nobodyIsTakenToACountryTheyFearWhileTheFearIsUnexaminedRefoulementBasisFromTheProfile() {
        String caseId = db.openCase();
        String operation = db.readyOperation();
        String readyCase = db.operation(operation).caseId();
        db.feared.put(readyCase, List.of("IRQ"));
        List<ExecutionBar> bars = barsOfCase(readyCase, ExecutionStep.REMOVAL_EXECUTED);
        assertEquals(
                List.of(OperationRules.FEARED_COUNTRY),
                bars.stream().map(ExecutionBar::rule).toList());
        assertTrue(bars.get(0).basis().contains("Art 33"), bars.get(0)::basis);
        assertEquals(false, bars.get(0).overridable());

        // planning or replanning towards the feared country is refused at once
        db.feared.put(caseId, List.of("IRQ"));
        OperationsDatabase.assertRule(OperationRules.FEARED_COUNTRY, () -> db.plan(caseId, null));
        db.feared.put(readyCase, List.of("SYR"));
        assertEquals(List.of(), rules(readyCase), "another feared country is no bar to this one");
        OperationsDatabase.assertRule(
                OperationRules.FEARED_COUNTRY,
                () ->
                        db.at(
                                d ->
                                        d.operations.replan(
                                                operation,
                                                "*",
                                                new org.asylon.returns.operation.entity
                                                        .ReturnOperation.Plan(
                                                        org.asylon.returns.operation.entity
                                                                .OperationMode.LAND,
                                                        db.clock.instant().plus(Duration.ofDays(2)),
                                                        "Bab al-Hawa",
                                                        "SYR",
                                                        null,
                                                        null,
                                                        null),
                                                OperationsDatabase.OPERATIONS)));
    }
}
