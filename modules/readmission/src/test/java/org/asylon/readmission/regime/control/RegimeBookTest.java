package org.asylon.readmission.regime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.profile.Regime;
import org.asylon.readmission.regime.entity.EvidenceWeight;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.junit.jupiter.api.Test;

/**
 * The regime rules the module applies, read from the shipped regimes of eu-pact-2026 (their dates
 * and articles are tested in the kernel, per regime): which variant of a limit applies, what
 * silence and lateness and a lapse mean, whether a claim goes with the person, evidence weights.
 */
class RegimeBookTest {

    private static final Instant RECEIVED = Instant.parse("2026-07-01T08:00:00Z");
    private final RegimeBook book =
            new RegimeBook(new ActiveProfile(new ProfileLoader(), "eu-pact-2026"));

    @Test
    void theReplyPeriodIsTheVariantTheRequestCallsFor() {
        Regime ammr = book.regime("eu-ammr", "regime");
        assertEquals(
                "regime.take-charge.reply.deadline",
                rule(ammr, RequestKind.TAKE_CHARGE, new Grounds(false, false, false)));
        assertEquals(
                "regime.take-charge.reply.hit.deadline",
                rule(ammr, RequestKind.TAKE_CHARGE, new Grounds(true, false, false)));
        assertEquals(
                "regime.take-charge.reply.detained.deadline",
                rule(ammr, RequestKind.TAKE_CHARGE, new Grounds(true, true, false)));
        Regime dublin = book.regime("dublin-iii", "regime");
        assertEquals(
                "regime.take-charge.reply.urgent.deadline",
                rule(dublin, RequestKind.TAKE_CHARGE, new Grounds(false, false, true)));
    }

    @Test
    void silenceMeansWhatEachRegimeSays() {
        Regime ammr = book.regime("eu-ammr", "regime");
        assertEquals(
                Silence.CONFIRMATION,
                book.silence(
                        ammr, RequestKind.TAKE_BACK_NOTIFICATION, new Grounds(true, false, false)));
        assertEquals(
                Silence.ACCEPTANCE,
                book.silence(ammr, RequestKind.TAKE_CHARGE, new Grounds(false, true, false)));
        assertEquals(
                "regime.take-charge.reply.detained.silence",
                book.silenceRule(ammr, RequestKind.TAKE_CHARGE, new Grounds(false, true, false)));
        assertEquals(
                Silence.ACCEPTANCE,
                book.silence(
                        book.regime("ec-albania", "regime"),
                        RequestKind.READMISSION_APPLICATION,
                        new Grounds(false, false, false)));
        RuledDeadline d =
                book.reply(
                        ammr,
                        RequestKind.TAKE_BACK_NOTIFICATION,
                        new Grounds(true, false, false),
                        RECEIVED);
        assertTrue(d.consequence().contains("confirmation"));
        assertTrue(d.consequenceRule().contains("Art 41(4)"), d.consequenceRule());
    }

    @Test
    void lateRequestsLapsesAndClaimsFollowTheRegime() {
        Regime ammr = book.regime("eu-ammr", "regime");
        Regime dublin = book.regime("dublin-iii", "regime");
        Regime albania = book.regime("ec-albania", "regime");
        assertTrue(book.lateRequestReleases(ammr, RequestKind.TAKE_CHARGE), "AMMR Art 39(1)");
        assertFalse(
                book.lateRequestReleases(ammr, RequestKind.TAKE_BACK_NOTIFICATION),
                "AMMR Art 41(1): no effect");
        assertTrue(book.lapseShiftsResponsibility(dublin), "Dublin III Art 29(2)");
        assertTrue(book.claimHandover(ammr));
        assertFalse(book.claimHandover(albania));
        assertFalse(book.assessmentRequired(ammr));
        assertTrue(book.assessmentRequired(albania));
        assertTrue(book.reExaminationSilenceEnds(dublin));
        assertTrue(book.transferRunsFromAppeal(ammr));
        assertFalse(book.transferRunsFromAppeal(albania));
    }

    @Test
    void evidenceCategoriesCarryTheirWeight() {
        Regime ammr = book.regime("eu-ammr", "regime");
        assertEquals(EvidenceWeight.PROOF, book.evidence(ammr, "eurodac-hit").orElseThrow());
        assertEquals(EvidenceWeight.CIRCUMSTANTIAL, book.evidence(ammr, "statement").orElseThrow());
        assertTrue(book.evidence(ammr, "rumour").isEmpty());
    }

    private String rule(Regime regime, RequestKind kind, Grounds g) {
        return book.reply(regime, kind, g, RECEIVED).deadline().rule();
    }
}
