package org.asylon.rsd.appeal.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aLodgedCase;
import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.asylon.rsd.testing.Staff.APPEAL_OFFICER;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.REPRESENTATIVE;
import static org.asylon.rsd.testing.Staff.REVIEWER;
import static org.asylon.rsd.testing.Staff.SENIOR;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.appeal.entity.AppealResult;
import org.asylon.rsd.appeal.entity.AppealStatus;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.decision.control.DecisionEvents;
import org.asylon.rsd.decision.control.DecisionRules;
import org.asylon.rsd.decision.control.NotificationRecord;
import org.asylon.rsd.decision.control.Proposal;
import org.asylon.rsd.decision.entity.DecisionStatus;
import org.asylon.rsd.decision.entity.NotificationMethod;
import org.asylon.rsd.testing.ApplicationBuilder;
import org.asylon.rsd.testing.RsdFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appeals against the real schema: late ones flagged not refused, suspensive effect, independence,
 * the three results.
 */
class AppealDeskTest {

    static final String APPEAL_REASONS = "The COI on returnees was misread [APPEAL-REASONS-5d1e].";

    /** Notified on 1 July 2026; under eu-pact-2026 the window (P1M) ends on 1 August. */
    static final LocalDate LAST_DAY = LocalDate.parse("2026-08-01");

    private RsdFixture db;

    @TempDir Path profiles;

    @AfterEach
    void close() {
        db.close();
    }

    /** Eligibility officers decide and appeal officers hear appeals from 1 July 2026, 08:00 UTC. */
    private static RsdFixture fixture(RsdFixture fixture) {
        fixture.clock.set(Instant.parse("2026-07-01T08:00:00Z"));
        return fixture;
    }

    private static RsdFixture fixture(String profile) {
        return fixture(RsdFixture.under(profile));
    }

    /**
     * A rejected, notified application: decided by the assigned officer, approved by the reviewer.
     */
    private String notified(ApplicationBuilder application) {
        return notify(db.store(application));
    }

    private String notify(String id) {
        db.tx(
                desk ->
                        desk.decisions.decide(
                                id,
                                new Proposal(
                                        Outcome.REJECTED,
                                        null,
                                        null,
                                        null,
                                        "First-instance reasons.",
                                        null,
                                        null),
                                caller(db.find(id).assignedOfficer())));
        if (db.tx(desk -> desk.decisions.rules().fourEyes())) {
            db.tx(
                    desk ->
                            desk.decisions.review(
                                    id, "*", true, null, caller(db.find(id).reviewer())));
        }
        db.tx(
                desk ->
                        desk.decisions.notify(
                                id,
                                new NotificationRecord(
                                        db.clock.instant(),
                                        "tir",
                                        NotificationMethod.IN_PERSON,
                                        true,
                                        "Appeal within one month to the appeal board."),
                                caller(db.find(id).assignedOfficer())));
        return id;
    }

    private Appeal lodge(String id, Instant at, String who) {
        return db.tx(desk -> desk.appeals.lodge(id, at, caller(who)));
    }

    private Appeal decide(
            String id, AppealResult result, Outcome outcome, String basis, String who) {
        return db.tx(
                desk ->
                        desk.appeals.decide(
                                id,
                                new AppealDecisionRequest(
                                        result, outcome, basis, null, null, APPEAL_REASONS),
                                caller(who)));
    }

    private static void assertRule(String rule, Runnable action) {
        ProblemException p = assertThrows(ProblemException.class, action::run);
        assertEquals(ProblemType.RULE_VIOLATED, p.type(), p.getMessage());
        assertEquals(rule, p.extensions().get("rule"), p.getMessage());
    }

    private JsonObject last(String type) {
        List<JsonObject> all = db.events(type);
        return all.get(all.size() - 1);
    }

    @Test
    void anAppealInTimeSuspendsRemovalWhereTheProfileSaysSo() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase());
        db.clock.advance(Duration.ofDays(10));
        Appeal ap = lodge(id, null, REPRESENTATIVE);
        assertEquals(AppealStatus.PENDING, ap.status());
        assertFalse(ap.late());
        assertTrue(ap.suspendsRemoval());
        assertEquals(AppealRules.SUSPENSIVE_REGULAR, ap.suspension().rule());
        assertEquals(
                LocalDate.parse("2027-01-11"),
                ap.decisionDeadline(),
                "P6M from receipt (asylum.appeal.decision.deadline)");
        assertEquals(Stage.APPEALED, db.find(id).stage());
        assertTrue(
                db.fired.stream()
                        .anyMatch(
                                e ->
                                        e instanceof AnchorRecorded r
                                                && r.anchor()
                                                        .equals(AnchorRecorded.APPEAL_LODGED)));
        JsonObject event = last(AppealEvents.APPEAL_LODGED);
        assertTrue(event.getBoolean("suspensive"));
        assertTrue(event.getBoolean("suspensiveAppealPending"));
        assertTrue(event.getBoolean("claimPending"));
        assertFalse(event.getBoolean("late"));
        assertEquals("APPEALED", event.getString("stage"));
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> lodge(id, null, OFFICER)).type(),
                "one appeal per decision");
    }

    @Test
    void theSuspensiveEffectIsTheProfilesForTheTrack() throws IOException {
        Files.writeString(
                profiles.resolve("test-state.profile"),
                """
                [profile]
                name = test-state
                title = A Member State whose border-procedure appeals do not suspend removal
                extends = eu-pact-2026

                [rule asylum.appeal.suspensive.border]
                value = false
                basis = Test overlay: national law gives border-procedure appeals no automatic suspensive effect
                status = national-choice
                """);
        db = fixture(RsdFixture.under("test-state", profiles));
        String border = notified(aLodgedCase().inTrack("border"));
        String regular = notified(aLodgedCase().inTrack("regular"));
        Appeal atBorder = lodge(border, null, OFFICER);
        assertFalse(atBorder.suspendsRemoval());
        assertEquals("asylum.appeal.suspensive.border", atBorder.suspension().rule());
        JsonObject event = last(AppealEvents.APPEAL_LODGED);
        assertFalse(event.getBoolean("suspensive"));
        assertFalse(event.getBoolean("suspensiveAppealPending"));
        assertTrue(lodge(regular, null, OFFICER).suspendsRemoval());
    }

    @Test
    void aLateAppealIsRecordedAndFlaggedNeverRefused() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase());
        db.clock.set(Instant.parse("2026-08-06T09:00:00Z"));
        // the finality job has not run yet: the window has passed all the same
        Appeal ap = lodge(id, null, REPRESENTATIVE);
        assertTrue(ap.late());
        assertEquals(5, ap.daysLate());
        assertEquals(LAST_DAY, ap.windowLastDay());
        assertEquals(AppealStatus.AWAITING_ADMISSION, ap.status());
        assertFalse(ap.suspendsRemoval());
        assertEquals(
                Stage.FINAL,
                db.find(id).stage(),
                "the decision became final when its window passed");
        JsonObject event = last(AppealEvents.APPEAL_LODGED);
        assertTrue(event.getBoolean("late"));
        assertEquals(5, event.getInt("daysLate"));
        assertEquals("2026-08-01", event.getString("appealDeadline"));
        assertTrue(event.getBoolean("awaitingAdmission"));
        assertFalse(event.getBoolean("claimPending"));
        assertEquals(1, db.events(DecisionEvents.CLAIM_FINAL).size());

        // the appeal body admits it out of time: the case reopens with the profile's suspensive
        // effect
        Appeal admitted =
                db.tx(
                        desk ->
                                desk.appeals.admission(
                                        id,
                                        true,
                                        "Hospitalised until 4 August.",
                                        caller(APPEAL_OFFICER)));
        assertEquals(AppealStatus.PENDING, admitted.status());
        assertTrue(admitted.suspendsRemoval());
        assertEquals(Stage.APPEALED, db.find(id).stage());
        assertTrue(last(AppealEvents.APPEAL_ADMITTED).getBoolean("claimPending"));
        decide(id, AppealResult.CONFIRM, null, null, APPEAL_OFFICER);
        assertEquals(Stage.FINAL, db.find(id).stage());
        assertEquals("APPEAL_DECIDED", last(DecisionEvents.CLAIM_FINAL).getString("finalBy"));
    }

    @Test
    void aLateAppealAfterTheFinalityJobWaitsForAdmissionAndMayBeRefusedIt() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase());
        db.clock.set(Instant.parse("2026-08-03T09:00:00Z"));
        db.tx(desk -> desk.decisions.finaliseIfWindowPassed(id, "job"));
        Appeal ap = lodge(id, null, OFFICER);
        assertTrue(ap.afterFinality());
        assertEquals(2, ap.daysLate());
        Appeal refused =
                db.tx(
                        desk ->
                                desk.appeals.admission(
                                        id,
                                        false,
                                        "No reason for the delay was given.",
                                        caller(APPEAL_OFFICER)));
        assertEquals(AppealResult.NOT_ADMITTED, refused.result());
        assertEquals(Stage.FINAL, db.find(id).stage());
        assertEquals("NOT_ADMITTED", last(AppealEvents.APPEAL_DECIDED).getString("result"));
        assertEquals(1, db.events(DecisionEvents.CLAIM_FINAL).size());
    }

    @Test
    void anAppealReceivedInTimeButRecordedAfterFinalityReopensTheCase() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase());
        db.clock.set(Instant.parse("2026-08-10T09:00:00Z"));
        db.tx(desk -> desk.decisions.finaliseIfWindowPassed(id, "job"));
        Appeal ap = lodge(id, Instant.parse("2026-07-30T15:00:00Z"), OFFICER);
        assertFalse(ap.late());
        assertTrue(ap.afterFinality());
        assertEquals(Stage.APPEALED, db.find(id).stage());
        assertTrue(last(AppealEvents.APPEAL_LODGED).getBoolean("claimPending"));
    }

    @Test
    void theFirstInstanceDecisionMakerCannotDecideTheAppealEvenHoldingBothRoles() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase().assignedTo(SENIOR).appealOfficer(SENIOR));
        lodge(id, null, REPRESENTATIVE);
        assertRule(
                Appeal.INDEPENDENCE,
                () ->
                        decide(
                                id,
                                AppealResult.OVERTURN,
                                Outcome.RECOGNISED_REFUGEE,
                                "convention-1951",
                                SENIOR));
        assertEquals(
                AppealStatus.PENDING,
                db.tx(desk -> desk.appeals.current(id)).orElseThrow().status());
        assertEquals(Stage.APPEALED, db.find(id).stage());
    }

    @Test
    void norCanTheFourEyesReviewer() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase().reviewedBy(SENIOR).appealOfficer(SENIOR));
        lodge(id, null, REPRESENTATIVE);
        assertRule(Appeal.INDEPENDENCE, () -> decide(id, AppealResult.CONFIRM, null, null, SENIOR));
    }

    @Test
    void onlyTheAssignedAppealOfficerDecides() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase());
        lodge(id, null, REPRESENTATIVE);
        ProblemException p =
                assertThrows(
                        ProblemException.class,
                        () -> decide(id, AppealResult.CONFIRM, null, null, "appeal.officer2"));
        assertEquals(ProblemType.FORBIDDEN, p.type());
        assertEquals(AppealRules.APPEAL_OFFICER, p.extensions().get("rule"));
    }

    @Test
    void aRemittedCaseReturnsToFirstInstanceForANewDecision() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase());
        lodge(id, null, REPRESENTATIVE);
        assertEquals(
                "reasons",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.appeals.decide(
                                                                id,
                                                                new AppealDecisionRequest(
                                                                        AppealResult.REMIT,
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        null,
                                                                        " "),
                                                                caller(APPEAL_OFFICER))))
                        .fieldErrors()
                        .get(0)
                        .field());
        decide(id, AppealResult.REMIT, null, null, APPEAL_OFFICER);
        AsylumApplication a = db.find(id);
        assertEquals(Stage.LODGED, a.stage());
        assertNull(a.outcome());
        assertEquals(
                DecisionStatus.SET_ASIDE,
                db.tx(desk -> desk.decisions.history(id)).get(0).status());
        JsonObject event = last(AppealEvents.APPEAL_DECIDED);
        assertEquals("REMIT", event.getString("result"));
        assertTrue(event.getBoolean("claimPending"));
        assertFalse(event.containsKey("outcome"));

        db.tx(
                desk ->
                        desk.decisions.decide(
                                id,
                                new Proposal(
                                        Outcome.RECOGNISED_REFUGEE,
                                        "eu-qualification",
                                        null,
                                        null,
                                        "New reasons after remittal.",
                                        null,
                                        null),
                                caller(OFFICER)));
        db.tx(desk -> desk.decisions.review(id, "*", true, null, caller(REVIEWER)));
        assertEquals(Stage.DECIDED, db.find(id).stage());
    }

    @Test
    void anOverturnedDecisionBecomesFinalWithTheAppealBodysOutcomeOnAProfileBasis() {
        db = fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        String child = db.store(anApplication().lodged().assignedTo(OFFICER).childCoveredBy(id));
        notify(id);
        assertRule(DecisionRules.DERIVATIVE, () -> lodge(child, null, OFFICER));
        lodge(id, null, REPRESENTATIVE);
        assertEquals(
                Stage.APPEALED, db.find(child).stage(), "the dependant's removal waits as well");
        assertRule(
                DecisionRules.DEFINITIONS,
                () ->
                        decide(
                                id,
                                AppealResult.OVERTURN,
                                Outcome.RECOGNISED_REFUGEE,
                                "oau-1969",
                                APPEAL_OFFICER));
        Appeal ap =
                decide(
                        id,
                        AppealResult.OVERTURN,
                        Outcome.RECOGNISED_REFUGEE,
                        "convention-1951",
                        APPEAL_OFFICER);
        assertEquals(Outcome.RECOGNISED_REFUGEE, ap.newOutcome());
        assertEquals(Stage.FINAL, db.find(id).stage());
        assertEquals(Outcome.RECOGNISED_REFUGEE, db.find(child).outcome());
        JsonObject fin = last(DecisionEvents.CLAIM_FINAL);
        assertTrue(fin.getBoolean("protectionGranted"));
        assertEquals(id, fin.getString("derivativeOf"));
        assertEquals(
                "convention-1951",
                db.events(AppealEvents.APPEAL_DECIDED).get(0).getString("legalBasis"));
    }

    @Test
    void aRepresentativeAppealsOnlyForTheirOwnClients() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase().representedBy("another.lawyer"));
        assertEquals(
                ProblemType.NOT_FOUND,
                assertThrows(ProblemException.class, () -> lodge(id, null, REPRESENTATIVE)).type());
    }

    @Test
    void noAppealEventCarriesTheAppealReasons() {
        db = fixture("eu-pact-2026");
        String id = notified(aLodgedCase());
        lodge(id, null, REPRESENTATIVE);
        decide(id, AppealResult.REMIT, null, null, APPEAL_OFFICER);
        String again = notified(aLodgedCase());
        db.clock.advance(Duration.ofDays(40));
        lodge(again, null, REPRESENTATIVE);
        db.tx(
                desk ->
                        desk.appeals.admission(
                                again,
                                true,
                                "Admitted [ADMISSION-REASONS-77aa].",
                                caller(APPEAL_OFFICER)));
        decide(again, AppealResult.CONFIRM, null, null, APPEAL_OFFICER);
        List<String> events = db.allEvents();
        assertTrue(events.size() > 8, events.toString());
        for (String event : events) {
            assertFalse(event.contains("APPEAL-REASONS-5d1e") || event.contains("misread"), event);
            assertFalse(event.contains("ADMISSION-REASONS-77aa"), event);
            assertFalse(event.contains("First-instance reasons"), event);
            assertFalse(event.contains("\"reasons\""), event);
        }
    }
}
