package org.asylon.rsd.application.control;

import static org.asylon.rsd.testing.ApplicationBuilder.aLodgedCase;
import static org.asylon.rsd.testing.Staff.OFFICER;
import static org.asylon.rsd.testing.Staff.REPRESENTATIVE;
import static org.asylon.rsd.testing.Staff.REVIEWER;
import static org.asylon.rsd.testing.Staff.SUPERVISOR;
import static org.asylon.rsd.testing.Staff.caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.appeal.entity.AppealStatus;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.decision.control.NotificationRecord;
import org.asylon.rsd.decision.control.Proposal;
import org.asylon.rsd.decision.entity.NotificationMethod;
import org.asylon.rsd.testing.RsdFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 1.6: a desk action cannot undo protection or end an appeal. Withdrawals, explicit
 * or implicit, are refused once protection is granted (the profile's asylum.protection.ending names
 * how it ends), once a first-instance decision stands, and while an appeal is pending; nothing
 * reaches the feed, which keeps saying that the person is protected or that the claim and its
 * appeal are pending.
 */
class WithdrawalTest {

    private RsdFixture db;

    @AfterEach
    void close() {
        db.close();
    }

    private RsdFixture fixture(String profile) {
        db = RsdFixture.under(profile);
        db.clock.set(Instant.parse("2026-07-01T08:00:00Z"));
        return db;
    }

    private void decideAndApprove(String id, Outcome outcome, String basis) {
        db.tx(
                d ->
                        d.decisions.decide(
                                id,
                                new Proposal(
                                        outcome, basis, null, null, "Written reasons.", null, null),
                                caller(OFFICER)));
        db.tx(d -> d.decisions.review(id, "*", true, null, caller(REVIEWER)));
    }

    private void notify(String id) {
        db.tx(
                d ->
                        d.decisions.notify(
                                id,
                                new NotificationRecord(
                                        db.clock.instant(),
                                        "tir",
                                        NotificationMethod.IN_PERSON,
                                        true,
                                        "Appeal within one month to the appeal board."),
                                caller(OFFICER)));
    }

    private ProblemException refused(String id, Outcome how) {
        return assertThrows(
                ProblemException.class,
                () -> db.tx(d -> d.applications.withdraw(id, "*", how, caller(SUPERVISOR))));
    }

    private JsonObject lastEvent(String id) {
        List<String> data =
                db.db.readInTransaction(
                        em ->
                                em.createQuery(
                                                "SELECT e.data FROM OutboxEvent e"
                                                        + " WHERE e.subject = :s ORDER BY e.id DESC",
                                                String.class)
                                        .setParameter("s", "applications/" + id)
                                        .setMaxResults(1)
                                        .getResultList());
        return org.asylon.kernel.json.Jsons.readObject(data.get(0));
    }

    @Test
    void anApprovedRecognitionIsNotUndoneByAWithdrawalTheProfileNamesHowProtectionEnds() {
        fixture("convention-1951");
        String id = db.store(aLodgedCase());
        decideAndApprove(id, Outcome.RECOGNISED_REFUGEE, "convention-1951");
        for (Outcome how : List.of(Outcome.IMPLICITLY_WITHDRAWN, Outcome.WITHDRAWN)) {
            ProblemException p = refused(id, how);
            assertEquals(ProblemType.RULE_VIOLATED, p.type(), p.getMessage());
            assertEquals(ApplicationDesk.PROTECTION_ENDING, p.extensions().get("rule"));
            assertTrue(
                    String.valueOf(p.extensions().get("legalBasis")).contains("Art 1C"),
                    p.extensions()::toString);
            assertTrue(p.getMessage().contains("cessation"), p::getMessage);
        }
        notify(id);
        assertEquals(
                ApplicationDesk.PROTECTION_ENDING,
                refused(id, Outcome.IMPLICITLY_WITHDRAWN).extensions().get("rule"));

        AsylumApplication a = db.find(id);
        assertEquals(Stage.NOTIFIED, a.stage());
        assertEquals(Outcome.RECOGNISED_REFUGEE, a.outcome());
        assertEquals(List.of(), db.events(RsdEvents.CLAIM_WITHDRAWN));
        JsonObject last = lastEvent(id);
        assertTrue(last.getBoolean("protectionGranted"), last::toString);
        assertTrue(last.getBoolean("claimPending"), last::toString);
    }

    @Test
    void aPendingSuspensiveAppealIsNeverEndedByAWithdrawal() {
        fixture("eu-pact-2026");
        String id = db.store(aLodgedCase());
        decideAndApprove(id, Outcome.REJECTED, null);
        assertEquals(
                AsylumApplication.WITHDRAWAL_AFTER_DECISION,
                refused(id, Outcome.IMPLICITLY_WITHDRAWN).extensions().get("rule"),
                "a decision stands: the claim ends with it");
        notify(id);
        db.tx(d -> d.appeals.lodge(id, null, caller(REPRESENTATIVE)));
        for (Outcome how : List.of(Outcome.IMPLICITLY_WITHDRAWN, Outcome.WITHDRAWN)) {
            assertEquals(
                    AsylumApplication.WITHDRAWAL_PENDING_APPEAL,
                    refused(id, how).extensions().get("rule"));
        }
        assertEquals(Stage.APPEALED, db.find(id).stage());
        db.run(
                d -> {
                    var appeal = d.appeals.current(id).orElseThrow();
                    assertEquals(AppealStatus.PENDING, appeal.status());
                    assertTrue(appeal.suspendsRemoval());
                });
        assertEquals(List.of(), db.events(RsdEvents.CLAIM_WITHDRAWN));
        JsonObject last = lastEvent(id);
        assertTrue(last.getBoolean("claimPending"), last::toString);
        assertTrue(last.getBoolean("suspensiveAppealPending"), last::toString);
    }

    @Test
    void aClaimUnderExaminationIsWithdrawnAndTheFeedSaysSo() {
        fixture("convention-1951");
        String id = db.store(aLodgedCase());
        db.tx(d -> d.applications.withdraw(id, "*", Outcome.IMPLICITLY_WITHDRAWN, caller(OFFICER)));
        assertEquals(Stage.WITHDRAWN, db.find(id).stage());
        JsonObject withdrawn = db.events(RsdEvents.CLAIM_WITHDRAWN).get(0);
        assertEquals(false, withdrawn.getBoolean("claimPending"));
        assertEquals("IMPLICITLY_WITHDRAWN", withdrawn.getString("outcome"));
    }
}
