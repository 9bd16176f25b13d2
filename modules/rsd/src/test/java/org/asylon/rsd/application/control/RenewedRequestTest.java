package org.asylon.rsd.application.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aLodgedCase;
import static org.asylon.rsd.testing.ApplicationBuilder.aRegisteredCase;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.REVIEWER;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.deadline.control.DeadlineRules;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.decision.control.NotificationRecord;
import org.asylon.rsd.decision.control.Proposal;
import org.asylon.rsd.decision.entity.NotificationMethod;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 1.7: a person whose claim was withdrawn asks again, and the claim does not stay
 * closed. The profile's asylum.renewed-request says how: convention-1951 (national choice) reopens
 * the claim where it stopped; eu-pact-2026 opens a subsequent application linked to the earlier
 * one. A claim closed by a final decision that it was withdrawn is never reopened. Either way the
 * feed says the claim is pending again.
 */
class RenewedRequestTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final String EXAMINATION = "asylum.examination.regular.deadline";

    private RsdFixture db;

    @AfterEach
    void close() {
        db.close();
    }

    private RsdFixture fixture(String profile) {
        db = RsdFixture.under(profile);
        db.clock.set(NOW);
        return db;
    }

    private void withdraw(String id, Outcome how) {
        db.run(d -> d.applications.withdraw(id, "*", how, caller(OFFICER)));
    }

    private CaseDeadline deadline(String id, String rule) {
        return db.tx(d -> d.deadlines.deadlines(id)).stream()
                .filter(x -> x.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void underConvention1951AWithdrawnClaimIsReopenedWhereItStoppedItsTimeLimitsRunningAgain() {
        fixture("convention-1951");
        String id = db.open(aLodgedCase());
        db.run(d -> d.anchor(d.find(id), "asylum.registration", NOW.minus(Duration.ofDays(58))));
        assertTrue(deadline(id, EXAMINATION).open());
        db.clock.set(NOW.plus(Duration.ofDays(3)));
        withdraw(id, Outcome.IMPLICITLY_WITHDRAWN);
        assertFalse(deadline(id, EXAMINATION).open(), "closed by the withdrawal");

        db.clock.set(NOW.plus(Duration.ofDays(10)));
        ApplicationDesk.Renewal renewal =
                db.tx(d -> d.applications.renew(id, null, MadeWhere.RSD_DESK, Staff.CLERK));
        assertFalse(renewal.subsequent());
        AsylumApplication reopened = db.find(id);
        assertEquals(Stage.LODGED, reopened.stage());
        assertEquals(null, reopened.outcome());
        assertEquals(NOW.plus(Duration.ofDays(10)), reopened.reopenedAt());
        assertTrue(deadline(id, EXAMINATION).open(), "the examination limit runs again");
        JsonObject event = db.events(RsdEvents.CLAIM_REOPENED).get(0);
        assertTrue(event.getBoolean("claimPending"));
        assertEquals("LODGED", event.getString("stage"));
        assertEquals(1, db.applications().size(), "no second application");
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'application.reopened'"));

        ProblemException pending =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.applications.renew(
                                                        id,
                                                        null,
                                                        MadeWhere.RSD_DESK,
                                                        Staff.CLERK)));
        assertEquals(
                ApplicationDesk.RENEWED_REQUEST,
                pending.extensions().get("rule"),
                "pending: nothing to renew");
    }

    @Test
    void underTheEuPactARenewedRequestIsASubsequentApplicationLinkedToTheWithdrawnClaim() {
        fixture("eu-pact-2026");
        String earlier =
                db.open(aRegisteredCase().needingInterpreterIn("tir").unaccompaniedChild());
        withdraw(earlier, Outcome.IMPLICITLY_WITHDRAWN);
        Instant askedAgain = NOW.plus(Duration.ofDays(2));
        db.clock.set(NOW.plus(Duration.ofDays(3)));
        assertEquals(
                "at",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        db.tx(
                                                d ->
                                                        d.applications.renew(
                                                                earlier,
                                                                NOW.minus(Duration.ofDays(1)),
                                                                MadeWhere.RSD_DESK,
                                                                Staff.CLERK)))
                        .fieldErrors()
                        .get(0)
                        .field());

        ApplicationDesk.Renewal renewal =
                db.tx(
                        d ->
                                d.applications.renew(
                                        earlier, askedAgain, MadeWhere.RECEPTION, Staff.CLERK));
        assertTrue(renewal.subsequent());
        AsylumApplication next = db.find(renewal.application().id());
        assertNotEquals(earlier, next.id());
        assertEquals(earlier, next.earlierApplicationId());
        assertEquals(Stage.MADE, next.stage());
        assertEquals(askedAgain, next.madeAt());
        assertEquals("tir", next.interpreter().language());
        assertTrue(next.unaccompaniedChild(), "what was known of the person goes with them");
        assertEquals(
                Stage.WITHDRAWN, db.find(earlier).stage(), "the earlier claim stays as it closed");
        assertEquals(
                askedAgain,
                deadline(next.id(), DeadlineRules.REGISTRATION).anchorAt(),
                "registered within the limit from the renewed request");
        JsonObject pending = db.events(RsdEvents.CLAIM_PENDING).get(1);
        assertEquals(earlier, pending.getString("subsequentTo"));
        assertTrue(pending.getBoolean("claimPending"));
    }

    @Test
    void
            aClaimClosedByAFinalDecisionThatItWasWithdrawnIsFollowedByASubsequentApplicationEvenWhereClaimsReopen() {
        fixture("convention-1951");
        String id = db.store(aLodgedCase());
        db.tx(
                d ->
                        d.decisions.decide(
                                id,
                                new Proposal(
                                        Outcome.IMPLICITLY_WITHDRAWN,
                                        null,
                                        null,
                                        null,
                                        "Did not attend two interviews.",
                                        null,
                                        null),
                                caller(OFFICER)));
        db.tx(d -> d.decisions.review(id, "*", true, null, caller(REVIEWER)));
        db.tx(
                d ->
                        d.decisions.notify(
                                id,
                                new NotificationRecord(
                                        NOW,
                                        "tir",
                                        NotificationMethod.IN_PERSON,
                                        true,
                                        "Appeal within 30 days."),
                                caller(OFFICER)));
        db.clock.set(NOW.plus(Duration.ofDays(60)));
        db.run(d -> d.decisions.finaliseIfWindowPassed(id, "finality-job"));
        assertEquals(Stage.FINAL, db.find(id).stage());

        ApplicationDesk.Renewal renewal =
                db.tx(d -> d.applications.renew(id, null, MadeWhere.RSD_DESK, Staff.CLERK));
        assertTrue(
                renewal.subsequent(),
                "the decision stands; the renewed request is a new application");
        assertEquals(Stage.FINAL, db.find(id).stage());
        assertEquals(id, renewal.application().earlierApplicationId());
    }

    @Test
    void aClaimDecidedOnItsMeritsIsNotRenewedHere() {
        fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        ProblemException pending =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.tx(
                                        d ->
                                                d.applications.renew(
                                                        id,
                                                        null,
                                                        MadeWhere.RSD_DESK,
                                                        Staff.CLERK)));
        assertEquals(ProblemType.RULE_VIOLATED, pending.type());
        assertEquals(ApplicationDesk.RENEWED_REQUEST, pending.extensions().get("rule"));
    }
}
