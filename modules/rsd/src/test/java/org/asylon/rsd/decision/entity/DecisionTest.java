package org.asylon.rsd.decision.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.Outcome;
import org.junit.jupiter.api.Test;

/** Four eyes: whoever calls it, the decision refuses its own decider as its reviewer. */
class DecisionTest {

    private static final String FOUR_EYES = "asylum.decision.four-eyes";
    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

    private static Decision draftBy(String officer) {
        return new Decision(
                "application-1",
                DecisionKind.DETERMINATION,
                Outcome.REJECTED,
                null,
                null,
                null,
                null,
                null,
                "Reasons in writing.",
                "convention-1951",
                officer,
                AT,
                true);
    }

    @Test
    void theDeciderCanNeitherApproveNorReturnTheirOwnDecision() {
        Decision d = draftBy("eligibility.officer");
        for (Runnable review :
                new Runnable[] {
                    () -> d.approve("eligibility.officer", null, AT, FOUR_EYES, "APR Art 33"),
                    () ->
                            d.returnToDecider(
                                    "eligibility.officer",
                                    "Cite the COI.",
                                    AT,
                                    FOUR_EYES,
                                    "APR Art 33")
                }) {
            ProblemException p = assertThrows(ProblemException.class, review::run);
            assertEquals(ProblemType.RULE_VIOLATED, p.type());
            assertEquals(FOUR_EYES, p.extensions().get("rule"));
            assertEquals("APR Art 33", p.extensions().get("legalBasis"));
        }
        assertEquals(DecisionStatus.DRAFT, d.status());
        assertNull(d.reviewedBy());
        d.approve("eligibility.officer2", null, AT, FOUR_EYES, "APR Art 33");
        assertEquals(DecisionStatus.ISSUED, d.status());
        assertEquals("eligibility.officer2", d.reviewedBy());
    }

    @Test
    void withoutFourEyesTheDecisionIsIssuedAtOnce() {
        Decision d =
                new Decision(
                        "application-1",
                        DecisionKind.DETERMINATION,
                        Outcome.REJECTED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Reasons in writing.",
                        "non-convention-mandate",
                        "eligibility.officer",
                        AT,
                        false);
        assertEquals(DecisionStatus.ISSUED, d.status());
        assertEquals(AT, d.issuedAt());
    }

    @Test
    void
            aNotificationRightAfterTheApprovalIsRecordedThoughItsClockOrPrecisionDiffersBySubSeconds() {
        Instant approvedAt = Instant.parse("2026-06-01T10:04:05.612Z");
        Decision d = draftBy("eligibility.officer");
        d.approve("eligibility.officer2", null, approvedAt, FOUR_EYES, "APR Art 33");
        Instant now = approvedAt.plusMillis(850);

        assertEquals(
                approvedAt,
                d.notificationTime(Instant.parse("2026-06-01T10:04:05Z"), now),
                "\"now\" sent in whole seconds is taken at the issue, not refused as before it");
        assertEquals(
                approvedAt,
                d.notificationTime(Instant.parse("2026-06-01T10:04:00Z"), now),
                "whole minutes too");
        assertEquals(
                now,
                d.notificationTime(now.plusMillis(400), now),
                "the officer's clock a little ahead");
        assertEquals(now, d.notificationTime(null, now));
        assertEquals(
                now.minusMillis(100),
                d.notificationTime(now.minusMillis(100), now),
                "a time in between is kept");

        ProblemException early =
                assertThrows(
                        ProblemException.class,
                        () -> d.notificationTime(approvedAt.minus(Duration.ofMinutes(2)), now));
        assertEquals("notifiedAt", early.fieldErrors().get(0).field());
        ProblemException future =
                assertThrows(
                        ProblemException.class,
                        () -> d.notificationTime(now.plus(Duration.ofMinutes(2)), now));
        assertEquals("notifiedAt", future.fieldErrors().get(0).field());
    }
}
