package org.asylon.readmission.transfer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every bar of the protection check at the moment of a transfer, alone and together. */
class TransferRulesTest {

    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");
    private static final TransferRules.Bases BASES =
            new TransferRules.Bases(
                    "Convention Art 33",
                    "child basis",
                    "handover basis",
                    "assessment basis",
                    "appeal basis",
                    "period basis");

    @Test
    void nothingStandsInTheWayOfAClearedPerson() {
        assertEquals(List.of(), rules(facts(List.of(clear()), false, false, Optional.empty())));
    }

    @Test
    void nobodyAskedIsABar() {
        assertEquals(
                List.of("readmission.transfer.protection-check"),
                rules(facts(List.of(), true, false, Optional.empty())));
    }

    @Test
    void recognitionAStayAndAFearAlwaysBar() {
        assertEquals(
                List.of(
                        "readmission.transfer.protection-granted",
                        "readmission.transfer.interim-measure",
                        "readmission.transfer.fears-destination"),
                rules(
                        facts(
                                List.of(state(true, false, false, true, true)),
                                true,
                                false,
                                Optional.empty())));
    }

    @Test
    void aPendingClaimBarsUnlessTheRegimeHandsItOver() {
        List<ProtectionState> pending = List.of(state(false, true, false, false, false));
        assertEquals(
                List.of("readmission.transfer.claim-pending"),
                rules(facts(pending, false, false, Optional.empty())));
        assertEquals(List.of(), rules(facts(pending, true, false, Optional.empty())));
        List<ProtectionState> appeal =
                List.of(
                        new ProtectionState(
                                "officer", false, false, true, false, false, false, false,
                                List.of()));
        assertEquals(
                List.of("readmission.transfer.suspensive-appeal-pending"),
                rules(facts(appeal, true, false, Optional.empty())),
                "no regime hands over an appeal decided here");
        assertEquals(
                List.of("readmission.transfer.request-not-registered"),
                rules(
                        facts(
                                List.of(state(false, false, true, false, false)),
                                true,
                                false,
                                Optional.empty())),
                "nor a request no claim holds yet");
    }

    @Test
    void anUnaccompaniedChildWithoutADeterminationBarsWhereTheProfileAsksForOne() {
        List<ProtectionState> child =
                List.of(
                        new ProtectionState(
                                "return-module",
                                false,
                                false,
                                false,
                                false,
                                false,
                                false,
                                true,
                                List.of()));
        assertEquals(
                List.of("return.children.best-interests-determination"),
                rules(facts(child, true, false, Optional.empty())));
        TransferRules.Bases none =
                new TransferRules.Bases("Convention Art 33", null, "h", "a", "p", "t");
        assertEquals(
                List.of(), TransferRules.bars(facts(child, true, false, Optional.empty()), none));
    }

    @Test
    void theAssessmentMustBeThereAndAdequateWhereTheRegimeAsks() {
        assertEquals(
                List.of("regime.protection-assessment.required"),
                rules(facts(List.of(clear()), false, true, Optional.empty())));
        assertEquals(
                List.of("regime.protection-assessment.required"),
                rules(facts(List.of(clear()), false, true, Optional.of(false))));
        assertEquals(List.of(), rules(facts(List.of(clear()), false, true, Optional.of(true))));
    }

    @Test
    void anAppealThatSuspendsBarsWhileItCanStillBeLodgedAndWhileItIsPending() {
        TransferRules.Facts open =
                new TransferRules.Facts(
                        "eu-ammr",
                        List.of(clear()),
                        true,
                        false,
                        Optional.empty(),
                        NOW.plus(Duration.ofDays(1)),
                        false,
                        false,
                        true,
                        NOW.plus(Duration.ofDays(90)),
                        NOW);
        assertEquals(
                List.of("regime.transfer.appeal.deadline"),
                TransferRules.bars(open, BASES).stream().map(Bar::rule).toList());
        TransferRules.Facts pending =
                new TransferRules.Facts(
                        "eu-ammr",
                        List.of(clear()),
                        true,
                        false,
                        Optional.empty(),
                        NOW.minus(Duration.ofDays(1)),
                        true,
                        true,
                        true,
                        NOW.plus(Duration.ofDays(90)),
                        NOW);
        assertEquals(
                List.of("regime.transfer.appeal.suspensive"),
                TransferRules.bars(pending, BASES).stream().map(Bar::rule).toList());
        TransferRules.Facts notSuspensive =
                new TransferRules.Facts(
                        "eu-ammr",
                        List.of(clear()),
                        true,
                        false,
                        Optional.empty(),
                        NOW.plus(Duration.ofDays(1)),
                        true,
                        true,
                        false,
                        NOW.plus(Duration.ofDays(90)),
                        NOW);
        assertEquals(List.of(), TransferRules.bars(notSuspensive, BASES));
    }

    @Test
    void aLapsedPeriodBars() {
        TransferRules.Facts lapsed =
                new TransferRules.Facts(
                        "eu-ammr",
                        List.of(clear()),
                        true,
                        false,
                        Optional.empty(),
                        null,
                        false,
                        false,
                        true,
                        NOW,
                        NOW);
        assertEquals(
                List.of("regime.transfer.deadline"),
                TransferRules.bars(lapsed, BASES).stream().map(Bar::rule).toList());
    }

    @Test
    void theMostProtectiveSourceWins() {
        assertEquals(
                List.of("readmission.transfer.protection-granted"),
                rules(
                        facts(
                                List.of(clear(), state(true, false, false, false, false)),
                                true,
                                false,
                                Optional.empty())));
    }

    private static List<String> rules(TransferRules.Facts f) {
        return TransferRules.bars(f, BASES).stream().map(Bar::rule).toList();
    }

    private static TransferRules.Facts facts(
            List<ProtectionState> states,
            boolean handover,
            boolean assessmentRequired,
            Optional<Boolean> adequate) {
        return new TransferRules.Facts(
                "regime",
                states,
                handover,
                assessmentRequired,
                adequate,
                null,
                false,
                false,
                false,
                NOW.plus(Duration.ofDays(90)),
                NOW);
    }

    private static ProtectionState clear() {
        return state(false, false, false, false, false);
    }

    private static ProtectionState state(
            boolean granted, boolean claim, boolean request, boolean stay, boolean fears) {
        return new ProtectionState(
                "return-module", granted, claim, false, request, stay, fears, false, List.of());
    }
}
