package org.asylon.kernel.profile;

import static org.asylon.kernel.profile.LegalStatus.CONFIRMED;
import static org.asylon.kernel.profile.LegalStatus.NATIONAL_CHOICE;
import static org.asylon.kernel.profile.LegalStatus.UNCONFIRMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.profile.RegimeDeadlines.Expect;
import org.junit.jupiter.api.Test;

/**
 * The EC–Albania readmission agreement: application within 1 year of learning of the irregular
 * stay, reply within 14 days with silence = transfer agreed, transfer within 3 months
 * (legal-time-limits §10); evidence in the structure of the EC–Sri Lanka annexes.
 */
class EcAlbaniaRegimeTest {

    private static final String ARTICLE = "EC–Albania readmission agreement, time-limits article";

    private final Regime albania = new ProfileLoader().load("eu-pact-2026").regime("ec-albania");

    @Test
    void everyTimeLimitFromOneAnchorWithItsArticle() {
        RegimeDeadlines.check(
                albania,
                Map.of(
                        "regime.readmission-application.request.deadline",
                        new Expect(
                                "readmission.irregular-stay.known",
                                LocalDate.of(2027, 7, 1),
                                ARTICLE,
                                CONFIRMED),
                        "regime.readmission-application.reply.deadline",
                        new Expect(
                                "readmission.request.receipt",
                                LocalDate.of(2026, 7, 15),
                                ARTICLE,
                                CONFIRMED),
                        "regime.transfer.deadline",
                        new Expect(
                                "readmission.acceptance",
                                LocalDate.of(2026, 10, 1),
                                ARTICLE,
                                CONFIRMED),
                        "regime.transfer.appeal.deadline",
                        new Expect(
                                "readmission.transfer-decision.notification",
                                LocalDate.of(2026, 7, 15),
                                "National law",
                                NATIONAL_CHOICE)));
    }

    @Test
    void noReplyMeansTheTransferIsAgreed() {
        assertEquals(List.of("readmission-application"), albania.requestKinds());
        assertEquals(
                "acceptance",
                albania.rules().choice("regime.readmission-application.reply.silence"));
        assertEquals(
                CONFIRMED,
                albania.rules().rule("regime.readmission-application.reply.silence").status());
    }

    @Test
    void neitherALateApplicationNorALapsedTransferHasAStatedConsequence() {
        assertEquals(
                "not-stated",
                albania.rules().choice("regime.readmission-application.request.lateness"));
        assertEquals("not-stated", albania.rules().choice("regime.transfer.lapse"));
        assertFalse(albania.rules().has("regime.transfer.imprisonment.deadline"));
    }

    @Test
    void proofAndPrimaFacieEvidenceAreUnconfirmedAndAProtectionAssessmentIsRequired() {
        assertTrue(
                albania.rules().list("regime.evidence.proof").stream()
                        .allMatch(i -> i.status() == UNCONFIRMED));
        assertTrue(
                albania.rules().list("regime.evidence.circumstantial").stream()
                        .anyMatch(i -> i.code().equals("expired-document")));
        assertTrue(albania.rules().flag("regime.protection-assessment.required"));
        assertFalse(albania.sharedFields().contains("eurodac-reference"));
        assertEquals("EU Member States and Albania", albania.parties());
    }
}
