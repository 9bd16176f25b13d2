package org.asylon.kernel.profile;

import static org.asylon.kernel.profile.LegalStatus.CONFIRMED;
import static org.asylon.kernel.profile.LegalStatus.NATIONAL_CHOICE;
import static org.asylon.kernel.profile.LegalStatus.UNCONFIRMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.profile.RegimeDeadlines.Expect;
import org.junit.jupiter.api.Test;

/**
 * Dublin III (Regulation (EU) No 604/2013) for the cases it still governs: every time limit with
 * its article (Arts 21, 22, 23(2), 25, 28(3), 29; re-examination under Regulation 1560/2003 Art
 * 5(2)), what silence means, and that responsibility shifts when the transfer limit passes
 * (legal-time-limits §8).
 */
class DublinIiiRegimeTest {

    private static final String DUBLIN = "Dublin III Regulation (EU) No 604/2013, ";

    private final Regime dublin = new ProfileLoader().load("eu-pact-2026").regime("dublin-iii");

    @Test
    void everyTimeLimitFromOneAnchorWithItsArticle() {
        RegimeDeadlines.check(
                dublin,
                Map.ofEntries(
                        Map.entry(
                                "regime.take-charge.request.deadline",
                                expect(
                                        "readmission.application.lodging",
                                        10,
                                        1,
                                        "Art 21(1)",
                                        CONFIRMED)),
                        Map.entry(
                                "regime.take-charge.request.hit.deadline",
                                expect("readmission.hit.receipt", 9, 1, "Art 21(1)", CONFIRMED)),
                        Map.entry(
                                "regime.take-charge.reply.deadline",
                                expect(
                                        "readmission.request.receipt",
                                        9,
                                        1,
                                        "Art 22(1)",
                                        UNCONFIRMED)),
                        Map.entry(
                                "regime.take-charge.reply.urgent.deadline",
                                expect(
                                        "readmission.request.receipt",
                                        8,
                                        1,
                                        "Art 22(6)",
                                        UNCONFIRMED)),
                        Map.entry(
                                "regime.take-back-request.request.deadline",
                                expect(
                                        "readmission.application.lodging",
                                        10,
                                        1,
                                        "Art 23(2)",
                                        UNCONFIRMED)),
                        Map.entry(
                                "regime.take-back-request.request.hit.deadline",
                                expect("readmission.hit.receipt", 9, 1, "Art 23(2)", UNCONFIRMED)),
                        Map.entry(
                                "regime.take-back-request.reply.deadline",
                                expect(
                                        "readmission.request.receipt",
                                        8,
                                        1,
                                        "Art 25(1)",
                                        UNCONFIRMED)),
                        Map.entry(
                                "regime.take-back-request.reply.hit.deadline",
                                expect(
                                        "readmission.request.receipt",
                                        7,
                                        15,
                                        "Art 25(1)",
                                        UNCONFIRMED)),
                        Map.entry(
                                "regime.re-examination.reply.deadline",
                                new Expect(
                                        "readmission.re-examination.receipt",
                                        LocalDate.of(2026, 7, 15),
                                        "Commission Regulation (EC) No 1560/2003, Art 5(2)",
                                        CONFIRMED)),
                        Map.entry(
                                "regime.transfer.deadline",
                                new Expect(
                                        "readmission.acceptance",
                                        LocalDate.of(2027, 1, 1),
                                        DUBLIN + "Art 29(1)-(2)",
                                        CONFIRMED)),
                        Map.entry(
                                "regime.transfer.imprisonment.deadline",
                                new Expect(
                                        "readmission.appeal.final-decision",
                                        LocalDate.of(2027, 7, 1),
                                        DUBLIN + "Art 29(2)",
                                        CONFIRMED)),
                        Map.entry(
                                "regime.transfer.absconding.deadline",
                                new Expect(
                                        "readmission.acceptance",
                                        LocalDate.of(2028, 1, 1),
                                        DUBLIN + "Art 29(2)",
                                        CONFIRMED)),
                        Map.entry(
                                "regime.transfer.detained.deadline",
                                expect("readmission.acceptance", 8, 12, "Art 28(3)", CONFIRMED)),
                        Map.entry(
                                "regime.transfer.appeal.deadline",
                                new Expect(
                                        "readmission.transfer-decision.notification",
                                        LocalDate.of(2026, 7, 22),
                                        "National law",
                                        NATIONAL_CHOICE))));
    }

    @Test
    void whatSilenceMeansForEachRequestKindAndForARequestToReExamine() {
        LegalProfile rules = dublin.rules();
        assertEquals(List.of("take-charge", "take-back-request"), dublin.requestKinds());
        // Arts 22(7) and 25(2): silence = acceptance, with the Art 22 and 25 values unverified
        assertEquals("acceptance", rules.choice("regime.take-charge.reply.silence"));
        assertEquals(UNCONFIRMED, rules.rule("regime.take-charge.reply.silence").status());
        assertEquals("acceptance", rules.choice("regime.take-back-request.reply.silence"));
        assertEquals(UNCONFIRMED, rules.rule("regime.take-back-request.reply.silence").status());
        // C-47/17 and C-48/17: no reply to a re-examination request, the requesting state is
        // responsible
        assertEquals(
                "requesting-state-responsible",
                rules.choice("regime.re-examination.reply.silence"));
        assertEquals(CONFIRMED, rules.rule("regime.re-examination.reply.silence").status());
    }

    @Test
    void aLapsedTransferShiftsResponsibilityToTheRequestingState() {
        LegalProfile rules = dublin.rules();
        assertEquals("responsibility-shifts", rules.choice("regime.transfer.lapse"));
        assertEquals(CONFIRMED, rules.rule("regime.transfer.lapse").status());
        // Art 21(1): a late take-charge request leaves the requesting state responsible
        assertEquals(
                "requested-state-released", rules.choice("regime.take-charge.request.lateness"));
        assertEquals("not-stated", rules.choice("regime.take-back-request.request.lateness"));
        assertFalse(rules.has("regime.transfer.decision.deadline"));
    }

    private static Expect expect(
            String anchor, int month, int day, String article, LegalStatus status) {
        return new Expect(anchor, LocalDate.of(2026, month, day), DUBLIN + article, status);
    }
}
