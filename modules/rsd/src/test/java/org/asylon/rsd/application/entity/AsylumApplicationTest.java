package org.asylon.rsd.application.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The application's lifecycle: dates kept apart, stages in order, a claim pending until final. */
class AsylumApplicationTest {

    private static final Instant MADE = Instant.parse("2026-11-02T09:00:00Z");
    private static final ProtectionEnding CESSATION =
            new ProtectionEnding(
                    "asylum.protection.ending", "1951 Convention, Art 1C", List.of("cessation"));

    static AsylumApplication anApplication() {
        return new AsylumApplication(
                null,
                new Person(
                        "Haddad", "Omar", "عمر حداد", "1988", "M", List.of("SYR"), List.of("apc")),
                new InterpreterNeeds("apc", true, false),
                MADE,
                MadeWhere.RSD_DESK,
                "clerk",
                MADE);
    }

    @Test
    void madeRegisteredAndLodgedAreThreeDatesInThatOrder() {
        AsylumApplication a = anApplication();
        assertEquals(Stage.MADE, a.stage());
        a.register(MADE.plusSeconds(86_400));
        a.lodge(MADE.plusSeconds(3 * 86_400));
        assertEquals(Stage.LODGED, a.stage());
        assertEquals(MADE, a.madeAt());
        assertEquals(MADE.plusSeconds(86_400), a.registeredAt());
        assertEquals(MADE.plusSeconds(3 * 86_400), a.lodgedAt());
    }

    @Test
    void lodgingBeforeRegistrationIsRefused() {
        ProblemException refused =
                assertThrows(ProblemException.class, () -> anApplication().lodge(MADE));
        assertEquals(ProblemType.CONFLICT, refused.type());
    }

    @Test
    void aRegistrationDatedBeforeTheApplicationWasMadeNamesTheField() {
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> anApplication().register(MADE.minusSeconds(60)));
        assertEquals("registeredAt", refused.fieldErrors().get(0).field());
    }

    @Test
    void theClaimStaysPendingThroughDecisionNotificationAndAppealUntilFinal() {
        AsylumApplication a = anApplication();
        a.register(MADE);
        a.lodge(MADE);
        a.decided(Outcome.REJECTED);
        assertTrue(a.stage().pending());
        a.notified();
        a.appealed();
        assertTrue(a.stage().pending(), "an appeal is pending");
        a.finalised(Outcome.RECOGNISED_REFUGEE, MADE);
        assertFalse(a.stage().pending());
        assertTrue(a.outcome().protects());
    }

    @Test
    void aRemittedCaseReturnsToFirstInstanceWithoutAnOutcome() {
        AsylumApplication a = anApplication();
        a.register(MADE);
        a.lodge(MADE);
        a.decided(Outcome.MANIFESTLY_UNFOUNDED);
        a.notified();
        a.appealed();
        a.remitted();
        assertEquals(Stage.LODGED, a.stage());
        assertNull(a.outcome());
    }

    @Test
    void aFinalDecisionCannotBeWithdrawnAndOnlyWithdrawalsCountAsSuch() {
        AsylumApplication a = anApplication();
        assertEquals(
                "outcome",
                assertThrows(
                                ProblemException.class,
                                () -> a.withdraw(Outcome.REJECTED, CESSATION, MADE))
                        .fieldErrors()
                        .get(0)
                        .field());
        a.withdraw(Outcome.IMPLICITLY_WITHDRAWN, CESSATION, MADE);
        assertEquals(Stage.WITHDRAWN, a.stage());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () -> a.withdraw(Outcome.WITHDRAWN, CESSATION, MADE))
                        .type());
    }

    @Test
    void protectionGrantedEndsOnlyByTheProfilesProceduresNeverByAWithdrawal() {
        AsylumApplication a = anApplication();
        a.register(MADE);
        a.decided(Outcome.RECOGNISED_REFUGEE);
        for (Stage s : List.of(Stage.DECIDED, Stage.NOTIFIED, Stage.FINAL)) {
            if (s == Stage.NOTIFIED) {
                a.notified();
            } else if (s == Stage.FINAL) {
                a.finalised(Outcome.RECOGNISED_REFUGEE, MADE);
            }
            for (Outcome how : List.of(Outcome.IMPLICITLY_WITHDRAWN, Outcome.WITHDRAWN)) {
                ProblemException refused =
                        assertThrows(
                                ProblemException.class, () -> a.withdraw(how, CESSATION, MADE));
                assertEquals(ProblemType.RULE_VIOLATED, refused.type(), s + " " + how);
                assertEquals("asylum.protection.ending", refused.extensions().get("rule"));
                assertTrue(refused.getMessage().contains("cessation"), refused::getMessage);
            }
            assertEquals(s, a.stage());
            assertEquals(Outcome.RECOGNISED_REFUGEE, a.outcome(), "protection stands");
        }
    }

    @Test
    void aPendingAppealIsNeverEndedByAWithdrawal() {
        AsylumApplication a = anApplication();
        a.register(MADE);
        a.decided(Outcome.REJECTED);
        a.notified();
        a.appealed();
        for (Outcome how : List.of(Outcome.IMPLICITLY_WITHDRAWN, Outcome.WITHDRAWN)) {
            ProblemException refused =
                    assertThrows(ProblemException.class, () -> a.withdraw(how, CESSATION, MADE));
            assertEquals(
                    AsylumApplication.WITHDRAWAL_PENDING_APPEAL, refused.extensions().get("rule"));
        }
        assertEquals(Stage.APPEALED, a.stage());
        assertTrue(a.stage().pending(), "the appeal is still pending");
    }

    @Test
    void aClaimWithAFirstInstanceDecisionEndsWithItNotByAWithdrawal() {
        AsylumApplication a = anApplication();
        a.register(MADE);
        a.decided(Outcome.MANIFESTLY_UNFOUNDED);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> a.withdraw(Outcome.IMPLICITLY_WITHDRAWN, CESSATION, MADE));
        assertEquals(AsylumApplication.WITHDRAWAL_AFTER_DECISION, refused.extensions().get("rule"));
        a.notified();
        assertEquals(
                AsylumApplication.WITHDRAWAL_AFTER_DECISION,
                assertThrows(
                                ProblemException.class,
                                () -> a.withdraw(Outcome.WITHDRAWN, CESSATION, MADE))
                        .extensions()
                        .get("rule"));
        assertEquals(Outcome.MANIFESTLY_UNFOUNDED, a.outcome());
    }

    @Test
    void aWithdrawnClaimReopensWhereItStoppedAndADecidedOneIsFollowedBySubsequentApplications() {
        AsylumApplication a = anApplication();
        a.register(MADE.plusSeconds(3600));
        a.withdraw(Outcome.IMPLICITLY_WITHDRAWN, CESSATION, MADE.plusSeconds(7200));
        assertTrue(a.renewable());
        assertEquals(
                "at",
                assertThrows(ProblemException.class, () -> a.reopen(MADE.plusSeconds(3600)))
                        .fieldErrors()
                        .get(0)
                        .field(),
                "not before the withdrawal");
        a.reopen(MADE.plusSeconds(9000));
        assertEquals(Stage.REGISTERED, a.stage(), "where its dates say it stopped");
        assertNull(a.outcome());
        assertTrue(a.stage().pending());
        assertEquals(MADE.plusSeconds(9000), a.reopenedAt());
        assertFalse(a.renewable(), "pending again: nothing to renew");

        AsylumApplication decided = anApplication();
        decided.register(MADE);
        decided.decided(Outcome.IMPLICITLY_WITHDRAWN);
        decided.notified();
        decided.finalised(Outcome.IMPLICITLY_WITHDRAWN, MADE.plusSeconds(60));
        assertTrue(decided.renewable());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> decided.reopen(MADE.plusSeconds(120)))
                        .type(),
                "a final decision is not reopened");
        AsylumApplication subsequent = anApplication();
        subsequent.subsequentTo(decided);
        assertEquals(decided.id(), subsequent.earlierApplicationId());
        assertEquals(1, subsequent.renewal());

        AsylumApplication rejected = anApplication();
        rejected.register(MADE);
        rejected.decided(Outcome.REJECTED);
        rejected.notified();
        rejected.finalised(Outcome.REJECTED, MADE);
        assertFalse(rejected.renewable());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> anApplication().subsequentTo(rejected))
                        .type());
    }

    @Test
    void theTrackIsFixedOnceDecided() {
        AsylumApplication a = anApplication();
        a.register(MADE);
        a.assignTrack(
                new TrackAssignment(
                        "regular", "asylum.procedure.tracks", null, "default", "triage", false));
        assertEquals("regular", a.track().track());
        a.decided(Outcome.REJECTED);
        assertThrows(
                ProblemException.class,
                () ->
                        a.assignTrack(
                                new TrackAssignment(
                                        "accelerated",
                                        "asylum.accelerated.grounds",
                                        "x",
                                        "late",
                                        "officer",
                                        true)));
    }

    @Test
    void aDependantPointsAtThePrincipalNeverAtAnotherDependant() {
        AsylumApplication principal = anApplication();
        AsylumApplication spouse = anApplication();
        AsylumApplication child = anApplication();
        spouse.dependantOf(principal, Relationship.SPOUSE, false);
        assertEquals(principal.id(), spouse.principalId());
        assertFalse(spouse.ownClaim());
        assertEquals(
                "principalId",
                assertThrows(
                                ProblemException.class,
                                () -> child.dependantOf(spouse, Relationship.CHILD, true))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    @Test
    void reportedVulnerabilitiesAccumulateAndAnUnaccompaniedChildIsFlagged() {
        AsylumApplication a = anApplication();
        a.noteVulnerabilities(List.of("SERIOUS_MEDICAL_CONDITION"), false);
        a.noteVulnerabilities(List.of("UNACCOMPANIED_OR_SEPARATED_CHILD"), true);
        assertEquals(
                List.of("SERIOUS_MEDICAL_CONDITION", "UNACCOMPANIED_OR_SEPARATED_CHILD"),
                a.vulnerabilities());
        assertTrue(a.priority());
        assertTrue(a.unaccompaniedChild());
    }

    @Test
    void reportedNeedsInTheSuitesCodesFlagAnUnaccompaniedChildByTheSeparatedChildrenCategory() {
        AsylumApplication unaccompanied = anApplication();
        unaccompanied.noteVulnerabilities(List.of("SM"), false);
        assertFalse(unaccompanied.unaccompaniedChild());
        unaccompanied.noteVulnerabilities(List.of("SC-UC"), true);
        assertTrue(
                unaccompanied.unaccompaniedChild(),
                "reception publishes SC-UC for an unaccompanied child");
        AsylumApplication separated = anApplication();
        separated.noteVulnerabilities(List.of("SC"), true);
        assertTrue(separated.unaccompaniedChild());
    }

    @Test
    void interpreterNeedsFoundOutLaterAreRecordedUntilTheClaimIsClosed() {
        AsylumApplication a = anApplication();
        a.recordInterpreterNeeds(new InterpreterNeeds("tir", true, true));
        assertEquals("tir", a.interpreter().language());
        assertTrue(a.interpreter().sameGenderInterpreter());
        a.withdraw(Outcome.WITHDRAWN, CESSATION, MADE);
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () -> a.recordInterpreterNeeds(InterpreterNeeds.none()))
                        .type());
    }
}
