package org.asylon.rsd.decision.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aLodgedCase;
import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.REVIEWER;
import static org.asylon.rsd.testing.Staff.SUPERVISOR;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.control.StageChanged;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.DecisionKind;
import org.asylon.rsd.decision.entity.DecisionStatus;
import org.asylon.rsd.decision.entity.InadmissibilityGround;
import org.asylon.rsd.decision.entity.NotificationMethod;
import org.asylon.rsd.testing.RsdFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * First-instance decisions against the real schema: four-eyes by profile, notification, finality,
 * events.
 */
class DecisionDeskTest {

    static final String REASONS =
            "The applicant's account of detention in Sawa is detailed and consistent [REASONS-7f3a].";
    static final String COMMENTS = "Cite the 2025 COI report on national service [COMMENTS-91c2].";

    private RsdFixture db;

    @AfterEach
    void close() {
        db.close();
    }

    /** Eligibility officers decide from 1 July 2026, 08:00 UTC. */
    private static RsdFixture fixture(String profile) {
        RsdFixture fixture = RsdFixture.under(profile);
        fixture.clock.set(Instant.parse("2026-07-01T08:00:00Z"));
        return fixture;
    }

    static Proposal proposal(Outcome outcome, String basis) {
        return new Proposal(outcome, basis, null, null, REASONS, null, null);
    }

    static void assertRule(String rule, Runnable action) {
        ProblemException p = assertThrows(ProblemException.class, action::run);
        assertEquals(ProblemType.RULE_VIOLATED, p.type(), p.getMessage());
        assertEquals(rule, p.extensions().get("rule"), p.getMessage());
    }

    static NotificationRecord inPerson(Instant at) {
        return new NotificationRecord(
                at,
                "tir",
                NotificationMethod.IN_PERSON,
                true,
                "You may appeal within the time limit to the appeal body; the leaflet explains how.");
    }

    @Test
    void underFourEyesTheDecisionIsADraftUntilASecondOfficerApprovesIt() {
        db = fixture("convention-1951");
        String id = db.store(aLodgedCase());
        Decision draft =
                db.tx(
                        desk ->
                                desk.decisions.decide(
                                        id,
                                        proposal(Outcome.RECOGNISED_REFUGEE, "convention-1951"),
                                        caller(OFFICER)));
        assertEquals(DecisionStatus.DRAFT, draft.status());
        assertEquals(Stage.LODGED, db.find(id).stage(), "nothing is decided before the review");
        assertEquals(List.of(), db.events(DecisionEvents.DECISION_ISSUED));

        assertRule(
                DecisionRules.FOUR_EYES,
                () -> db.tx(desk -> desk.decisions.review(id, "*", true, null, caller(OFFICER))));
        assertEquals(
                ProblemType.FORBIDDEN,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.decisions.review(
                                                                id,
                                                                "*",
                                                                true,
                                                                null,
                                                                caller("eligibility.officer3"))))
                        .type(),
                "not the reviewer on the file");
        assertEquals(
                ProblemType.PRECONDITION_FAILED,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.decisions.review(
                                                                id,
                                                                "\"99\"",
                                                                true,
                                                                null,
                                                                caller(REVIEWER))))
                        .type());

        Decision issued =
                db.tx(
                        desk ->
                                desk.decisions.review(
                                        id,
                                        "\"" + draft.version() + "\"",
                                        true,
                                        COMMENTS,
                                        caller(REVIEWER)));
        assertEquals(DecisionStatus.ISSUED, issued.status());
        assertEquals(REVIEWER, issued.reviewedBy());
        assertEquals(Stage.DECIDED, db.find(id).stage());
        assertEquals(Outcome.RECOGNISED_REFUGEE, db.find(id).outcome());
        assertTrue(
                db.fired.stream()
                        .anyMatch(
                                e ->
                                        e instanceof StageChanged s
                                                && s.to() == Stage.DECIDED
                                                && s.from() == Stage.LODGED));
        JsonObject event = db.events(DecisionEvents.DECISION_ISSUED).get(0);
        assertEquals("RECOGNISED_REFUGEE", event.getString("outcome"));
        assertEquals("convention-1951", event.getString("legalBasis"));
        assertTrue(event.getBoolean("protectionGranted"));
        assertTrue(event.getBoolean("claimPending"), "issued, not yet final");
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'decision.approved'"));
    }

    @Test
    void aSupervisorWhoDecidesCannotApproveTheirOwnDecisionEither() {
        db = fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        db.tx(
                desk ->
                        desk.decisions.decide(
                                id, proposal(Outcome.REJECTED, null), caller(SUPERVISOR)));
        assertRule(
                DecisionRules.FOUR_EYES,
                () ->
                        db.tx(
                                desk ->
                                        desk.decisions.review(
                                                id, "*", true, null, caller(SUPERVISOR))));
        assertEquals(
                DecisionStatus.ISSUED,
                db.tx(desk -> desk.decisions.review(id, "*", true, null, caller(REVIEWER)))
                        .status());
    }

    @Test
    void aReturnedDraftGivesWayToANewDecision() {
        db = fixture("convention-1951");
        String id = db.store(aLodgedCase());
        db.tx(desk -> desk.decisions.decide(id, proposal(Outcome.REJECTED, null), caller(OFFICER)));
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.decisions.decide(
                                                                id,
                                                                proposal(Outcome.REJECTED, null),
                                                                caller(OFFICER))))
                        .type(),
                "one draft at a time");
        assertEquals(
                "comments",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.decisions.review(
                                                                id,
                                                                "*",
                                                                false,
                                                                " ",
                                                                caller(REVIEWER))))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                DecisionStatus.RETURNED,
                db.tx(desk -> desk.decisions.review(id, "*", false, COMMENTS, caller(REVIEWER)))
                        .status());
        assertEquals(Stage.LODGED, db.find(id).stage());
        Decision second =
                db.tx(
                        desk ->
                                desk.decisions.decide(
                                        id,
                                        proposal(
                                                Outcome.COMPLEMENTARY_PROTECTION,
                                                "national-complementary-protection"),
                                        caller(OFFICER)));
        assertEquals(DecisionStatus.DRAFT, second.status());
        assertEquals(2, db.tx(desk -> desk.decisions.history(id)).size());
    }

    @Test
    void withoutFourEyesUnhcrsOutcomeIsRecordedAtOnceAndLabelled() {
        db = fixture("non-convention-mandate");
        String id = db.store(aLodgedCase());
        Decision d =
                db.tx(
                        desk ->
                                desk.decisions.decide(
                                        id,
                                        new Proposal(
                                                Outcome.RECOGNISED_REFUGEE,
                                                "unhcr-extended-mandate",
                                                null,
                                                null,
                                                REASONS,
                                                "UNHCR-KUL-26-00917",
                                                LocalDate.parse("2026-06-25")),
                                        caller(OFFICER)));
        assertEquals(DecisionStatus.ISSUED, d.status());
        assertEquals(DecisionKind.RECORDED_UNHCR_OUTCOME, d.kind());
        assertFalse(d.fourEyes());
        assertEquals(Stage.DECIDED, db.find(id).stage());
        JsonObject event = db.events(DecisionEvents.DECISION_ISSUED).get(0);
        assertEquals("UNHCR", event.getString("decidingBody"));
        assertEquals("UNHCR-KUL-26-00917", event.getString("unhcrReference"));
    }

    @Test
    void onlyTheAssignedOfficerOrASupervisorDecides() {
        db = fixture("non-convention-mandate");
        String id = db.store(aLodgedCase());
        ProblemException p =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        desk ->
                                                desk.decisions.decide(
                                                        id,
                                                        proposal(Outcome.REJECTED, null),
                                                        caller(REVIEWER))));
        assertEquals(ProblemType.FORBIDDEN, p.type());
        assertEquals(DecisionRules.DECIDER, p.extensions().get("rule"));
    }

    @Test
    void aDecisionWithoutReasonsStoresNothing() {
        db = fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        ProblemException p =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        desk ->
                                                desk.decisions.decide(
                                                        id,
                                                        new Proposal(
                                                                Outcome.REJECTED,
                                                                null,
                                                                null,
                                                                null,
                                                                "  ",
                                                                null,
                                                                null),
                                                        caller(OFFICER))));
        assertEquals("reasons", p.fieldErrors().get(0).field());
        assertEquals(0, db.count("SELECT COUNT(d) FROM Decision d"));
        assertEquals(0, db.count("SELECT COUNT(e) FROM OutboxEvent e"));
    }

    @Test
    void aDependantWithoutOwnClaimFollowsThePrincipalsDecision() {
        db = fixture("non-convention-mandate");
        String principal = db.store(aLodgedCase());
        String child =
                db.store(anApplication().lodged().assignedTo(OFFICER).childCoveredBy(principal));
        String adult =
                db.store(anApplication().lodged().assignedTo(OFFICER).childWithOwnClaim(principal));
        assertRule(
                DecisionRules.DERIVATIVE,
                () ->
                        db.tx(
                                desk ->
                                        desk.decisions.decide(
                                                child,
                                                new Proposal(
                                                        Outcome.REJECTED,
                                                        null,
                                                        null,
                                                        null,
                                                        REASONS,
                                                        "UNHCR-1",
                                                        LocalDate.parse("2026-06-01")),
                                                caller(OFFICER))));
        db.tx(
                desk ->
                        desk.decisions.decide(
                                principal,
                                new Proposal(
                                        Outcome.RECOGNISED_REFUGEE,
                                        "unhcr-extended-mandate",
                                        null,
                                        null,
                                        REASONS,
                                        "UNHCR-2",
                                        LocalDate.parse("2026-06-01")),
                                caller(OFFICER)));
        assertEquals(Stage.DECIDED, db.find(child).stage());
        assertEquals(Outcome.RECOGNISED_REFUGEE, db.find(child).outcome());
        assertEquals(
                Stage.LODGED,
                db.find(adult).stage(),
                "a dependant with a claim of their own is decided separately");
        List<JsonObject> issued = db.events(DecisionEvents.DECISION_ISSUED);
        assertEquals(2, issued.size());
        assertEquals(principal, issued.get(1).getString("derivativeOf"));
        assertEquals(child, issued.get(1).getString("applicationId"));

        db.tx(
                desk ->
                        desk.decisions.notify(
                                principal, inPerson(db.clock.instant()), caller(OFFICER)));
        assertEquals(Stage.NOTIFIED, db.find(child).stage());
        assertRule(
                DecisionRules.DERIVATIVE,
                () ->
                        db.tx(
                                desk ->
                                        desk.decisions.notify(
                                                child,
                                                inPerson(db.clock.instant()),
                                                caller(OFFICER))));
    }

    @Test
    void theNotificationStartsTheAppealWindowOfTheProfile() {
        db = fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        issue(id, Outcome.REJECTED);
        db.clock.set(Instant.parse("2026-07-01T10:00:00Z"));
        Instant at = Instant.parse("2026-07-01T09:00:00Z");
        assertEquals(
                "language",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.decisions.notify(
                                                                id,
                                                                new NotificationRecord(
                                                                        at,
                                                                        "ti",
                                                                        NotificationMethod
                                                                                .IN_PERSON,
                                                                        true,
                                                                        "x"),
                                                                caller(OFFICER))))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "appealInformationText",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.decisions.notify(
                                                                id,
                                                                new NotificationRecord(
                                                                        at,
                                                                        "tir",
                                                                        NotificationMethod.BY_POST,
                                                                        true,
                                                                        null),
                                                                caller(OFFICER))))
                        .fieldErrors()
                        .get(0)
                        .field());
        Decision d = db.tx(desk -> desk.decisions.notify(id, inPerson(at), caller(OFFICER)));
        assertEquals(
                LocalDate.parse("2026-08-01"),
                d.appealWindow().lastDay(),
                "P1M from 1 July (APR Art 67(7), expected)");
        assertEquals(AppealWindows.APPEAL, d.appealWindow().rule());
        assertEquals("unconfirmed", d.appealWindow().status());
        assertTrue(
                d.appealWindow().explanation().contains("2026-08-01"),
                d.appealWindow().explanation());
        assertEquals(Stage.NOTIFIED, db.find(id).stage());
        assertTrue(
                db.fired.stream()
                        .anyMatch(
                                e ->
                                        e instanceof AnchorRecorded r
                                                && r.anchor()
                                                        .equals(
                                                                AnchorRecorded
                                                                        .DECISION_NOTIFICATION)
                                                && r.at().equals(at)));
        assertTrue(
                db.fired.stream()
                        .anyMatch(e -> e instanceof StageChanged s && s.to() == Stage.NOTIFIED));
        JsonObject event = db.events(DecisionEvents.DECISION_NOTIFIED).get(0);
        assertEquals("2026-08-01", event.getString("appealDeadline"));
        assertEquals(at.toString(), event.getString("notifiedAt"));
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                desk ->
                                                        desk.decisions.notify(
                                                                id, inPerson(at), caller(OFFICER))))
                        .type());
    }

    @Test
    void anInadmissibilityDecisionHasTheShortWindowAndNamesTheCountry() {
        db = fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        db.tx(
                desk ->
                        desk.decisions.decide(
                                id,
                                new Proposal(
                                        Outcome.INADMISSIBLE,
                                        null,
                                        InadmissibilityGround.SAFE_THIRD_COUNTRY,
                                        "TUR",
                                        REASONS,
                                        null,
                                        null),
                                caller(OFFICER)));
        db.tx(desk -> desk.decisions.review(id, "*", true, null, caller(REVIEWER)));
        assertEquals("TUR", db.events(DecisionEvents.DECISION_ISSUED).get(0).getString("country"));
        db.clock.set(Instant.parse("2026-07-01T10:00:00Z"));
        Decision d =
                db.tx(
                        desk ->
                                desk.decisions.notify(
                                        id,
                                        inPerson(Instant.parse("2026-07-01T09:00:00Z")),
                                        caller(OFFICER)));
        assertEquals(AppealWindows.APPEAL_ACCELERATED, d.appealWindow().rule());
        assertEquals(LocalDate.parse("2026-07-15"), d.appealWindow().lastDay());
    }

    @Test
    void finalisationIsRefusedWhileTheWindowRunsAndDoneOnceItHasPassed() {
        db = fixture("convention-1951");
        String id = db.store(aLodgedCase());
        issue(id, Outcome.REJECTED);
        db.clock.set(Instant.parse("2026-07-01T10:00:00Z"));
        db.tx(
                desk ->
                        desk.decisions.notify(
                                id,
                                inPerson(Instant.parse("2026-07-01T09:00:00Z")),
                                caller(OFFICER)));
        // P30D from 1 July: the last day to appeal is 31 July
        db.clock.advance(Duration.ofDays(30));
        ProblemException early =
                assertThrows(
                        ProblemException.class,
                        () -> db.tx(desk -> desk.decisions.finalise(id, "*", SUPERVISOR)));
        assertEquals(AppealWindows.APPEAL, early.extensions().get("rule"));
        assertTrue(early.getMessage().contains("2026-07-31"), early.getMessage());
        assertEquals(Stage.NOTIFIED, db.find(id).stage());
        assertEquals(0, (int) db.tx(desk -> desk.finality.sweep()), "the job waits as well");

        db.clock.advance(Duration.ofDays(1));
        assertEquals(
                Stage.FINAL, db.tx(desk -> desk.decisions.finalise(id, "*", SUPERVISOR)).stage());
        JsonObject fin = db.events(DecisionEvents.CLAIM_FINAL).get(0);
        assertEquals("REJECTED", fin.getString("finalOutcome"));
        assertFalse(fin.getBoolean("protectionGranted"));
        assertFalse(fin.getBoolean("claimPending"));
        assertEquals("APPEAL_WINDOW_PASSED", fin.getString("finalBy"));
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () -> db.tx(desk -> desk.decisions.finalise(id, "*", SUPERVISOR)))
                        .type());
    }

    @Test
    void theFinalityJobFinalisesWhatIsDueOnceAndIsSafeToRunTwice() {
        db = fixture("non-convention-mandate");
        String due = db.store(aLodgedCase());
        String running = db.store(aLodgedCase());
        String principal = db.store(aLodgedCase());
        String child =
                db.store(anApplication().lodged().assignedTo(OFFICER).childCoveredBy(principal));
        db.clock.set(Instant.parse("2026-06-01T10:00:00Z"));
        for (String id : List.of(due, principal)) {
            recordUnhcr(id);
            db.tx(
                    desk ->
                            desk.decisions.notify(
                                    id,
                                    inPerson(Instant.parse("2026-06-01T10:00:00Z")),
                                    caller(OFFICER)));
        }
        db.clock.set(Instant.parse("2026-06-25T10:00:00Z"));
        recordUnhcr(running);
        db.tx(
                desk ->
                        desk.decisions.notify(
                                running,
                                inPerson(Instant.parse("2026-06-25T10:00:00Z")),
                                caller(OFFICER)));
        db.clock.set(Instant.parse("2026-07-05T10:00:00Z"));

        assertEquals(2, (int) db.tx(desk -> desk.finality.sweep()));
        assertEquals(0, (int) db.tx(desk -> desk.finality.sweep()), "a second run changes nothing");
        assertEquals(Stage.FINAL, db.find(due).stage());
        assertEquals(Stage.FINAL, db.find(child).stage(), "the dependant follows the principal");
        assertEquals(Stage.NOTIFIED, db.find(running).stage(), "its window runs until 25 July");
        assertEquals(3, db.events(DecisionEvents.CLAIM_FINAL).size());
        assertEquals(
                false,
                db.tx(desk -> desk.decisions.finaliseIfWindowPassed(due, FinalityJob.ACTOR)));
    }

    @Test
    void noEventCarriesTheReasonsOrTheReviewComments() {
        db = fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        db.store(anApplication().lodged().assignedTo(OFFICER).childCoveredBy(id));
        db.tx(
                desk ->
                        desk.decisions.decide(
                                id,
                                proposal(
                                        Outcome.COMPLEMENTARY_PROTECTION,
                                        "eu-subsidiary-protection"),
                                caller(OFFICER)));
        db.tx(desk -> desk.decisions.review(id, "*", true, COMMENTS, caller(REVIEWER)));
        db.tx(desk -> desk.decisions.notify(id, inPerson(db.clock.instant()), caller(OFFICER)));
        db.clock.advance(Duration.ofDays(40));
        db.tx(desk -> desk.finality.sweep());
        List<String> events = db.allEvents();
        assertEquals(
                6,
                events.size(),
                "issued, notified and final, for the principal and the dependant");
        for (String event : events) {
            assertFalse(event.contains("REASONS-7f3a") || event.contains("Sawa"), event);
            assertFalse(event.contains("COMMENTS-91c2"), event);
            assertFalse(event.contains("\"reasons\""), event);
        }
        assertNull(db.events(DecisionEvents.DECISION_ISSUED).get(0).get("reasons"));
    }

    private void issue(String id, Outcome outcome) {
        db.tx(desk -> desk.decisions.decide(id, proposal(outcome, null), caller(OFFICER)));
        db.tx(desk -> desk.decisions.review(id, "*", true, null, caller(REVIEWER)));
    }

    private void recordUnhcr(String id) {
        db.tx(
                desk ->
                        desk.decisions.decide(
                                id,
                                new Proposal(
                                        Outcome.REJECTED,
                                        null,
                                        null,
                                        null,
                                        REASONS,
                                        "UNHCR-" + id,
                                        LocalDate.parse("2026-05-30")),
                                caller(OFFICER)));
    }
}
