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
 * The AMMR (Regulation (EU) 2024/1351) as the eu-pact-2026 profile binds it: every time limit of
 * Arts 39-46 with its article, what silence and lateness mean for each request kind, and the
 * transfer. Values as the reference tables give them (legal-time-limits §3).
 */
class AmmrRegimeTest {

    private static final String AMMR =
            "Asylum and Migration Management Regulation (EU) 2024/1351, ";

    private final Regime ammr = new ProfileLoader().load("eu-pact-2026").regime("eu-ammr");

    @Test
    void everyTimeLimitFromOneAnchorWithItsArticle() {
        RegimeDeadlines.check(
                ammr,
                Map.ofEntries(
                        Map.entry(
                                "regime.take-charge.request.deadline",
                                expect("readmission.application.registration", 9, 1, "Art 39(1)")),
                        Map.entry(
                                "regime.take-charge.request.hit.deadline",
                                expect("readmission.hit.receipt", 8, 1, "Art 39(1)")),
                        Map.entry(
                                "regime.take-charge.request.detained.deadline",
                                expect("readmission.hit.receipt", 7, 15, "Art 45(1)")),
                        Map.entry(
                                "regime.take-charge.request.detained-later.deadline",
                                expect("readmission.detention.start", 7, 8, "Art 45(1)")),
                        Map.entry(
                                "regime.take-charge.reply.deadline",
                                expect("readmission.request.receipt", 8, 1, "Art 40(1)")),
                        Map.entry(
                                "regime.take-charge.reply.hit.deadline",
                                expect("readmission.request.receipt", 7, 15, "Art 40(2)")),
                        Map.entry(
                                "regime.take-charge.reply.detained.deadline",
                                expect("readmission.request.receipt", 7, 8, "Art 45(2)")),
                        Map.entry(
                                "regime.take-back-notification.request.hit.deadline",
                                expect("readmission.hit.receipt", 7, 15, "Art 41(1)")),
                        Map.entry(
                                "regime.take-back-notification.request.detained.deadline",
                                expect("readmission.application.registration", 7, 15, "Art 45(1)")),
                        Map.entry(
                                "regime.take-back-notification.request.detained-later.deadline",
                                expect("readmission.detention.start", 7, 8, "Art 45(1)")),
                        Map.entry(
                                "regime.take-back-notification.reply.deadline",
                                expect("readmission.request.receipt", 7, 15, "Art 41(3)-(4)")),
                        Map.entry(
                                "regime.transfer.decision.deadline",
                                expect("readmission.acceptance", 7, 15, "Art 42(1)-(2)")),
                        Map.entry(
                                "regime.transfer.appeal.deadline",
                                new Expect(
                                        "readmission.transfer-decision.notification",
                                        LocalDate.of(2026, 7, 22),
                                        AMMR + "Art 43(2)",
                                        NATIONAL_CHOICE)),
                        Map.entry(
                                "regime.transfer.deadline",
                                expect(
                                        "readmission.appeal.final-decision",
                                        2027,
                                        1,
                                        1,
                                        "Art 46(1)")),
                        Map.entry(
                                "regime.transfer.imprisonment.deadline",
                                new Expect(
                                        "readmission.acceptance",
                                        LocalDate.of(2027, 7, 1),
                                        AMMR + "Art 46(2)",
                                        UNCONFIRMED)),
                        Map.entry(
                                "regime.transfer.absconding.deadline",
                                new Expect(
                                        "readmission.acceptance",
                                        LocalDate.of(2029, 7, 1),
                                        AMMR + "Art 46(2)",
                                        UNCONFIRMED))));
    }

    @Test
    void theTransferLimitRunsFromAcceptanceOrFromTheFinalAppealDecision() {
        DeadlineCalculator calculator = new DeadlineCalculator(ammr.rules());
        Deadline fromAcceptance =
                calculator.compute(
                        "regime.transfer.deadline",
                        Map.of("readmission.acceptance", LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), fromAcceptance.dueDate().orElseThrow());
        assertEquals(
                List.of("readmission.acceptance", "readmission.appeal.final-decision"),
                ammr.rules().rule("regime.transfer.deadline").deadline().anchors());
    }

    @Test
    void whatSilenceMeansForEachRequestKind() {
        LegalProfile rules = ammr.rules();
        assertEquals(List.of("take-charge", "take-back-notification"), ammr.requestKinds());
        // Art 40: silence = acceptance is expected but not verified in the references
        assertEquals("acceptance", rules.choice("regime.take-charge.reply.silence"));
        Rule takeCharge = rules.rule("regime.take-charge.reply.silence");
        assertEquals(UNCONFIRMED, takeCharge.status());
        assertTrue(takeCharge.note().orElseThrow().startsWith("Not verified"));
        // Art 45(2): a detained person, silence = acceptance (tacit)
        assertEquals("acceptance", rules.choice("regime.take-charge.reply.detained.silence"));
        assertEquals(CONFIRMED, rules.rule("regime.take-charge.reply.detained.silence").status());
        // Art 41(4): silence = receipt of the take-back notification confirmed
        assertEquals("confirmation", rules.choice("regime.take-back-notification.reply.silence"));
        assertEquals(CONFIRMED, rules.rule("regime.take-back-notification.reply.silence").status());
        assertFalse(rules.has("regime.take-back-notification.reply.detained.silence"));
    }

    @Test
    void whatLatenessAndALapsedTransferMean() {
        LegalProfile rules = ammr.rules();
        // Art 39(1): the state where the application was registered becomes responsible
        assertEquals(
                "requested-state-released", rules.choice("regime.take-charge.request.lateness"));
        // Art 41(1): a late notification does not remove the obligation
        assertEquals("no-effect", rules.choice("regime.take-back-notification.request.lateness"));
        assertEquals(
                CONFIRMED, rules.rule("regime.take-back-notification.request.lateness").status());
        // Art 46: no consequence stated in the references
        assertEquals("not-stated", rules.choice("regime.transfer.lapse"));
    }

    @Test
    void theRegimeSaysWhatItIsAndWhoIsBound() {
        assertEquals("Regulation (EU) 2024/1351 (AMMR)", ammr.instrument());
        assertEquals("EU Member States", ammr.parties());
        assertEquals("eu-ammr", ammr.rules().name());
        assertEquals(LocalDate.of(2026, 6, 12), ammr.rules().appliesFrom().orElseThrow());
        assertTrue(ammr.rules().regimes().isEmpty());
    }

    @Test
    void anAppealWithinTheNationalRangeAndNoProtectionAssessmentBetweenMemberStates() {
        LegalProfile rules = ammr.rules();
        assertEquals(
                "P3W", rules.rule("regime.transfer.appeal.deadline").deadline().length().text());
        assertTrue(rules.flag("regime.transfer.appeal.suspensive"));
        assertEquals(NATIONAL_CHOICE, rules.rule("regime.transfer.appeal.suspensive").status());
        assertFalse(rules.flag("regime.protection-assessment.required"));
        assertEquals(NATIONAL_CHOICE, rules.rule("regime.protection-assessment.required").status());
    }

    @Test
    void evidenceAndSharedFieldsAreLabelledUnconfirmed() {
        for (String list :
                List.of(
                        "regime.evidence.proof",
                        "regime.evidence.circumstantial",
                        "regime.shared-fields")) {
            assertTrue(
                    ammr.rules().list(list).stream().allMatch(i -> i.status() == UNCONFIRMED),
                    list);
        }
        assertTrue(ammr.sharedFields().contains("eurodac-reference"));
        assertTrue(Regime.SHAREABLE_FIELDS.containsAll(ammr.sharedFields()));
    }

    private static Expect expect(String anchor, int month, int day, String article) {
        return expect(anchor, 2026, month, day, article);
    }

    private static Expect expect(String anchor, int year, int month, int day, String article) {
        return new Expect(anchor, LocalDate.of(year, month, day), AMMR + article, CONFIRMED);
    }
}
