package org.asylon.returns.gate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.returns.gate.control.DeskProtectionCheck.DeskFinding;
import org.asylon.returns.protection.control.ProtectionPicture;
import org.asylon.returns.protection.control.ProtectionPicture.Claim;
import org.asylon.returns.protection.control.ProtectionPicture.Request;
import org.asylon.returns.protection.control.ProtectionPicture.Span;
import org.asylon.returns.protection.entity.BestInterests;
import org.junit.jupiter.api.Test;

/**
 * The gate's rules one by one (DESIGN.md, invariant 1; RSD README, "Is this person protected from
 * removal now?").
 */
class GateRulesTest {

    static final Instant NOW = Instant.parse("2026-12-03T06:45:00Z");
    static final Instant MADE = Instant.parse("2026-07-01T10:00:00Z");
    static final GatePolicy POLICY =
            new GatePolicy(
                    "1951 Convention, Art 33",
                    Set.of(GateRules.SUBSEQUENT_APPLICATION_PENDING),
                    Map.of(GateRules.SUBSEQUENT_APPLICATION_PENDING, "APR (article not recorded)"),
                    true,
                    "Screening Regulation Art 13",
                    Duration.ofHours(24));

    static Claim claim(
            String stage, boolean pending, Boolean suspensive, boolean granted, Instant endedAt) {
        return new Claim(
                "app-1",
                false,
                stage,
                pending,
                suspensive,
                "asylum.appeal.suspensive.accelerated",
                false,
                granted,
                List.of(new Span(true, MADE, endedAt)));
    }

    static ProtectionPicture picture(List<Claim> claims, List<Request> requests) {
        return new ProtectionPicture(
                true, true, List.of(), claims, requests, List.of(), false, null);
    }

    static List<String> rules(ProtectionPicture p, DeskProtectionCheck desk) {
        return GateRules.assess(p, desk, NOW, POLICY).bars().stream()
                .map(ExecutionBar::rule)
                .toList();
    }

    @Test
    void protectionGrantedBarsForGoodAndNoProfileCanMakeItOverridable() {
        GatePolicy anything =
                new GatePolicy(
                        "b",
                        Set.of(GateRules.PROTECTION_GRANTED),
                        Map.of(),
                        true,
                        "b",
                        Duration.ofHours(24));
        ProtectionPicture p =
                picture(
                        List.of(claim("FINAL", false, null, true, NOW.minusSeconds(60))),
                        List.of());
        List<ExecutionBar> bars = GateRules.assess(p, null, NOW, anything).bars();
        assertEquals("return.gate.protection-granted", bars.get(0).rule());
        assertFalse(bars.get(0).overridable());
    }

    @Test
    void aPendingClaimBarsWithTheNonRefoulementBasis() {
        List<ExecutionBar> bars =
                GateRules.assess(
                                picture(
                                        List.of(claim("LODGED", true, null, false, null)),
                                        List.of()),
                                null,
                                NOW,
                                POLICY)
                        .bars();
        assertEquals("return.gate.claim-pending", bars.get(0).rule());
        assertTrue(bars.get(0).basis().startsWith("1951 Convention, Art 33"));
        assertFalse(bars.get(0).overridable());
    }

    @Test
    void theAppealWindowStillOpenBarsLikeAnyPendingClaim() {
        assertEquals(
                List.of("return.gate.claim-pending"),
                rules(
                        picture(List.of(claim("NOTIFIED", true, null, false, null)), List.of()),
                        null));
    }

    @Test
    void aSuspensiveAppealLodgedOnTheLastDayBars() {
        assertEquals(
                List.of("return.gate.suspensive-appeal-pending"),
                rules(
                        picture(List.of(claim("APPEALED", true, true, false, null)), List.of()),
                        null));
    }

    @Test
    void anAppealWithoutSuspensiveEffectDoesNotBarAndSaysWhyNamingTheProfileRule() {
        GateRules.Assessment a =
                GateRules.assess(
                        picture(List.of(claim("APPEALED", true, false, false, null)), List.of()),
                        null,
                        NOW,
                        POLICY);
        assertTrue(a.bars().isEmpty());
        assertTrue(a.notes().get(0).contains("does not suspend removal"), a.notes().toString());
        assertTrue(
                a.notes().get(0).contains("asylum.appeal.suspensive.accelerated"),
                a.notes().toString());
    }

    @Test
    void anAppealDecidedButNotYetFinalStillBars() {
        assertEquals(
                List.of("return.gate.claim-pending"),
                rules(
                        picture(
                                List.of(claim("APPEAL_DECIDED", true, false, false, null)),
                                List.of()),
                        null));
    }

    @Test
    void aSubsequentApplicationBarsAndIsOverridableOnlyWhereTheProfileSaysSo() {
        Claim subsequent =
                new Claim(
                        "app-2",
                        true,
                        "LODGED",
                        true,
                        null,
                        null,
                        false,
                        false,
                        List.of(new Span(true, MADE, null)));
        ExecutionBar bar =
                GateRules.assess(picture(List.of(subsequent), List.of()), null, NOW, POLICY)
                        .bars()
                        .get(0);
        assertEquals("return.gate.subsequent-application-pending", bar.rule());
        assertTrue(bar.overridable());
        assertTrue(bar.basis().contains("APR (article not recorded)"));
        GatePolicy none = new GatePolicy("b", Set.of(), Map.of(), true, "b", Duration.ofHours(24));
        assertFalse(
                GateRules.assess(picture(List.of(subsequent), List.of()), null, NOW, none)
                        .bars()
                        .get(0)
                        .overridable());
    }

    @Test
    void aLateAppealAwaitingAdmissionBars() {
        Claim late =
                new Claim(
                        "app-1",
                        false,
                        "FINAL",
                        false,
                        null,
                        null,
                        true,
                        false,
                        List.of(new Span(true, MADE, NOW.minusSeconds(3600))));
        assertEquals(
                List.of("return.gate.late-appeal-awaiting-admission"),
                rules(picture(List.of(late), List.of()), null));
    }

    @Test
    void aRequestAfterTheClaimEndedBarsUntilTheAuthorityHasTheClaim() {
        Instant ended = NOW.minus(Duration.ofDays(10));
        Request airport =
                new Request("r", "RETURN", NOW.minusSeconds(300), "AIRPORT", List.of("IRQ"));
        Claim rejected = claim("FINAL", false, null, false, ended);
        List<ExecutionBar> bars =
                GateRules.assess(picture(List.of(rejected), List.of(airport)), null, NOW, POLICY)
                        .bars();
        assertEquals("return.gate.request-not-registered", bars.get(0).rule());
        assertTrue(bars.get(0).detail().contains("IRQ"));
        Claim subsequent =
                new Claim(
                        "app-2",
                        true,
                        "MADE",
                        true,
                        null,
                        null,
                        false,
                        false,
                        List.of(new Span(true, NOW.minusSeconds(60), null)));
        assertEquals(
                List.of("return.gate.subsequent-application-pending"),
                rules(picture(List.of(rejected, subsequent), List.of(airport)), null));
    }

    @Test
    void aRequestMadeWhileTheClaimWasPendingJoinsIt() {
        Request during =
                new Request("r", "ENTRY", MADE.plus(Duration.ofDays(2)), "BORDER", List.of());
        Claim rejected = claim("FINAL", false, null, false, MADE.plus(Duration.ofDays(30)));
        assertEquals(List.of(), rules(picture(List.of(rejected), List.of(during)), null));
    }

    @Test
    void aLateAppealAdmittedAfterARequestDoesNotRegisterTheRequest() {
        Instant ended = MADE.plus(Duration.ofDays(30));
        Instant asked = ended.plus(Duration.ofDays(1));
        Claim resumed =
                new Claim(
                        "app-1",
                        false,
                        "APPEALED",
                        true,
                        false,
                        null,
                        false,
                        false,
                        List.of(
                                new Span(true, MADE, ended),
                                new Span(false, asked.plus(Duration.ofDays(1)), null)));
        assertEquals(
                List.of("return.gate.request-not-registered"),
                rules(
                        picture(
                                List.of(resumed),
                                List.of(new Request("r", "RETURN", asked, "AIRPORT", List.of()))),
                        null));
    }

    @Test
    void aCaseLinkedToNoRsdApplicationOrArrivalWantsTheOfficersCheckEvenWithRsdsFeed() {
        ProtectionPicture unlinked =
                new ProtectionPicture(
                        true, false, List.of(), List.of(), List.of(), List.of(), false, null);
        List<ExecutionBar> bars = GateRules.assess(unlinked, null, NOW, POLICY).bars();
        assertEquals("return.gate.protection-check", bars.get(0).rule());
        assertTrue(bars.get(0).detail().contains("RSD's feed cannot speak for them"));
        assertEquals(
                List.of(),
                rules(unlinked, new DeskProtectionCheck("s", "r", NOW, DeskFinding.NO_CLAIM)));
    }

    @Test
    void aSuspensiveAppealIsNeverOverridableWhateverTheProfileLists() {
        GatePolicy lax =
                new GatePolicy(
                        "b",
                        Set.of(GateRules.SUSPENSIVE_APPEAL_PENDING, GateRules.CLAIM_PENDING),
                        Map.of(),
                        true,
                        "b",
                        Duration.ofHours(24));
        ExecutionBar appeal =
                GateRules.assess(
                                picture(
                                        List.of(claim("APPEALED", true, true, false, null)),
                                        List.of()),
                                null,
                                NOW,
                                lax)
                        .bars()
                        .get(0);
        assertFalse(appeal.overridable());
        ExecutionBar pending =
                GateRules.assess(
                                picture(
                                        List.of(claim("LODGED", true, null, false, null)),
                                        List.of()),
                                null,
                                NOW,
                                lax)
                        .bars()
                        .get(0);
        assertTrue(pending.overridable(), "a pending claim only where the profile lists it");
    }

    @Test
    void aStayOfRemovalBarsAndIsNeverOverridable() {
        ProtectionPicture p =
                new ProtectionPicture(
                        true,
                        true,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(
                                new ProtectionPicture.StayOrder(
                                        "s", "European Court of Human Rights", "Rule 39, 1/26")),
                        false,
                        null);
        ExecutionBar bar = GateRules.assess(p, null, NOW, POLICY).bars().get(0);
        assertEquals("return.gate.interim-measure", bar.rule());
        assertTrue(bar.basis().contains("Rule 39, 1/26"));
        assertFalse(bar.overridable());
    }

    @Test
    void aChildWaitsForABestInterestsDeterminationThatFindsReturnInTheirInterests() {
        for (BestInterests found :
                new BestInterests[] {null, BestInterests.RETURN_NOT_IN_BEST_INTERESTS}) {
            ProtectionPicture p =
                    new ProtectionPicture(
                            true, true, List.of(), List.of(), List.of(), List.of(), true, found);
            assertEquals(List.of("return.gate.child-best-interests"), rules(p, null));
        }
        assertEquals(
                List.of(),
                rules(
                        new ProtectionPicture(
                                true,
                                true,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                true,
                                BestInterests.RETURN_IN_BEST_INTERESTS),
                        null));
        GatePolicy notRequired =
                new GatePolicy("b", Set.of(), Map.of(), false, "b", Duration.ofHours(24));
        assertTrue(
                GateRules.assess(
                                new ProtectionPicture(
                                        true, true, List.of(), List.of(), List.of(), List.of(),
                                        true, null),
                                null,
                                NOW,
                                notRequired)
                        .bars()
                        .isEmpty());
    }

    @Test
    void withoutRsdsFeedTheOfficersCheckAtTheMomentIsRequiredAndFresh() {
        ProtectionPicture alone =
                new ProtectionPicture(
                        false, true, List.of(), List.of(), List.of(), List.of(), false, null);
        assertEquals(List.of("return.gate.protection-check"), rules(alone, null));
        DeskProtectionCheck stale =
                new DeskProtectionCheck(
                        "Asylum register",
                        "Q-1",
                        NOW.minus(Duration.ofHours(25)),
                        DeskFinding.NO_CLAIM);
        assertEquals(List.of("return.gate.protection-check"), rules(alone, stale));
        DeskProtectionCheck fresh =
                new DeskProtectionCheck(
                        "Asylum register",
                        "Q-2",
                        NOW.minus(Duration.ofHours(1)),
                        DeskFinding.NO_CLAIM);
        GateRules.Assessment a = GateRules.assess(alone, fresh, NOW, POLICY);
        assertTrue(a.bars().isEmpty());
        assertTrue(a.notes().get(0).contains("Asylum register"));
        assertEquals(
                List.of("return.gate.claim-pending"),
                rules(alone, new DeskProtectionCheck("s", "r", NOW, DeskFinding.CLAIM_PENDING)));
        assertEquals(
                List.of("return.gate.protection-granted"),
                rules(
                        alone,
                        new DeskProtectionCheck("s", "r", NOW, DeskFinding.PROTECTION_GRANTED)));
    }

    @Test
    void withoutRsdsFeedARequestIsAnsweredOnlyByACheckAfterItFindingItDecided() {
        Request asked = new Request("r", "RETURN", NOW.minusSeconds(600), "AIRPORT", List.of());
        ProtectionPicture alone =
                new ProtectionPicture(
                        false, true, List.of(), List.of(), List.of(asked), List.of(), false, null);
        assertEquals(
                List.of("return.gate.request-not-registered"),
                rules(
                        alone,
                        new DeskProtectionCheck(
                                "s", "r", NOW.minusSeconds(900), DeskFinding.NO_CLAIM)));
        // "no claim" after the request: the authority may not have registered it yet
        assertEquals(
                List.of("return.gate.request-not-registered"),
                rules(
                        alone,
                        new DeskProtectionCheck(
                                "s", "r", NOW.minusSeconds(60), DeskFinding.NO_CLAIM)));
        assertEquals(
                List.of(),
                rules(
                        alone,
                        new DeskProtectionCheck(
                                "s", "r", NOW.minusSeconds(60), DeskFinding.REQUEST_DECIDED)));
    }

    @Test
    void aFeedThatCannotBeReadNowNeedsTheOfficersCheckAndACheckCanOnlyAddBars() {
        ProtectionPicture unread =
                new ProtectionPicture(
                        true,
                        true,
                        List.of("rsd (connection refused)"),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        null);
        List<ExecutionBar> bars = GateRules.assess(unread, null, NOW, POLICY).bars();
        assertEquals("return.gate.protection-check", bars.get(0).rule());
        assertTrue(bars.get(0).detail().contains("rsd (connection refused)"));
        ProtectionPicture read =
                picture(List.of(claim("LODGED", true, null, false, null)), List.of());
        assertEquals(
                List.of("return.gate.claim-pending"),
                rules(read, new DeskProtectionCheck("s", "r", NOW, DeskFinding.NO_CLAIM)));
    }
}
