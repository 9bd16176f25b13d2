package org.asylon.returns.decision.entity;

import static org.asylon.returns.testing.Laws.CONVENTION;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Laws.law;
import static org.asylon.returns.testing.Problems.conflict;
import static org.asylon.returns.testing.Problems.invalid;
import static org.asylon.returns.testing.Problems.refusedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.Test;

/**
 * The appeal against a return decision and its suspensive effect under the profile's
 * return.appeal.suspensive-effect: automatic (the placeholder of convention-1951), on the appeal
 * body's ruling (the EU profile: Return Directive 2008/115/EC, Art 13(2), unconfirmed), or none.
 */
class DecisionAppealTest {

    static final Instant LODGED = Instant.parse("2026-12-05T09:00:00Z");
    static final Instant NOW = LODGED.plus(Duration.ofHours(1));

    static DecisionAppeal lodge(ReturnLaw law, ReturnDecision d, boolean requested) {
        return DecisionAppeal.lodge(
                d, LODGED, "Administrative Court", "AC 12/2026", requested, law, "officer", NOW);
    }

    static ReturnDecision decision(String profile) {
        return ReturnDecisionTest.notified(profile, Laws.terms());
    }

    @Test
    void underAnAutomaticRuleTheAppealSuspendsOnceLodged() {
        DecisionAppeal a = lodge(law(CONVENTION), decision(CONVENTION), false);
        assertEquals(Suspension.BY_LAW, a.suspension());
        assertTrue(a.suspends());
        refusedBy(
                ReturnLaw.SUSPENSIVE_EFFECT,
                "Art 13(2)",
                () -> a.ruleOnSuspension(false, NOW, "x", NOW));
    }

    @Test
    void underTheEuRuleOnlyTheAppealBodysSuspensionSuspendsArt13_2() {
        DecisionAppeal notAsked = lodge(law(EU), decision(EU), false);
        assertEquals(Suspension.NOT_REQUESTED, notAsked.suspension());
        assertFalse(notAsked.suspends());
        assertFalse(notAsked.awaitsSuspensionRuling());
        assertTrue(notAsked.suspensiveBasis().contains("Art 13(2)"));

        DecisionAppeal asked = lodge(law(EU), decision(EU), true);
        assertEquals(Suspension.REQUESTED, asked.suspension());
        assertFalse(asked.suspends());
        assertTrue(asked.awaitsSuspensionRuling());

        asked.ruleOnSuspension(true, NOW, "AC 12/2026-S", NOW);
        assertTrue(asked.suspends());
        asked.ruleOnSuspension(false, NOW, "AC 12/2026-S2", NOW);
        assertEquals(Suspension.REFUSED, asked.suspension());
        assertFalse(asked.suspends());
        assertFalse(asked.awaitsSuspensionRuling());
    }

    @Test
    void whereTheProfileGivesNoSuspensiveEffectNoRulingIsRecorded() {
        ReturnLaw none = CountryOfReturnTest.withSuspensive(law(EU), "none");
        DecisionAppeal a = lodge(none, decision(EU), true);
        assertEquals(Suspension.NONE, a.suspension());
        assertFalse(a.suspends());
        assertFalse(a.awaitsSuspensionRuling());
        refusedBy(
                ReturnLaw.SUSPENSIVE_EFFECT,
                "Art 13(2)",
                () -> a.ruleOnSuspension(true, NOW, "x", NOW));
    }

    @Test
    void anAnnulmentAnnulsTheDecisionAndEndsTheSuspension() {
        ReturnDecision d = decision(CONVENTION);
        DecisionAppeal a = lodge(law(CONVENTION), d, false);
        a.decide(AppealOutcome.ANNULLED, NOW, "AC 12/2026-J", d, NOW);
        assertFalse(a.pending());
        assertFalse(a.suspends());
        assertEquals(DecisionStatus.ANNULLED, d.status());
        assertEquals(a.id(), d.annulledByAppeal());
        conflict(() -> a.decide(AppealOutcome.DISMISSED, NOW, null, d, NOW));
        conflict(() -> lodge(law(CONVENTION), d, false));
    }

    @Test
    void aDismissalLeavesTheDecisionInForce() {
        ReturnDecision d = decision(CONVENTION);
        DecisionAppeal a = lodge(law(CONVENTION), d, false);
        a.decide(AppealOutcome.DISMISSED, NOW, null, d, NOW);
        assertEquals(DecisionStatus.NOTIFIED, d.status());
        assertFalse(a.suspends());
    }

    @Test
    void timesAreNeitherAheadNorBeforeWhatTheyFollow() {
        ReturnDecision d = decision(EU);
        invalid(
                "lodgedAt",
                () ->
                        DecisionAppeal.lodge(
                                d,
                                NOW.plus(Duration.ofHours(1)),
                                "Court",
                                null,
                                false,
                                law(EU),
                                "officer",
                                NOW));
        invalid(
                "lodgedAt",
                () ->
                        DecisionAppeal.lodge(
                                d,
                                Laws.DECIDED.minus(Duration.ofHours(1)),
                                "Court",
                                null,
                                false,
                                law(EU),
                                "officer",
                                NOW));
        DecisionAppeal a = lodge(law(EU), d, true);
        invalid("ruledAt", () -> a.ruleOnSuspension(true, LODGED.minusSeconds(1), null, NOW));
        invalid(
                "decidedAt",
                () -> a.decide(AppealOutcome.DISMISSED, LODGED.minusSeconds(1), null, d, NOW));
    }
}
