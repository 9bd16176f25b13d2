package org.asylon.detention.order.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.order.control.DetentionCalendar;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/**
 * The rules a detention order guards whoever issues it, under the reference profiles: a ground
 * lawful for the person's protection state (RCD Art 10(1)), the individual assessment (UNHCR
 * Guideline 4.1, RCD Art 10(2)), every alternative considered with its reason (RCD Arts 10(2),
 * 11(2); UNHCR Guideline 4.3), children as the profile allows (RCD Art 13(2); UNHCR 2017), no
 * detention of a person granted protection (Guideline 6), and what a change of protection state or
 * a review does to an order.
 */
class DetentionOrderTest {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant MAX = Instant.parse("2027-02-23T23:00:00Z");

    static DetentionLaw law(String profile) {
        return new DetentionCalendar(new ProfileLoader().load(profile)).law();
    }

    static List<AlternativeConsidered> allConsidered(DetentionLaw law) {
        return law.alternatives().value().stream()
                .map(code -> new AlternativeConsidered(code, "would not work because ..."))
                .toList();
    }

    static OrderTerms terms(DetentionLaw law, String ground) {
        return terms(law, ground, allConsidered(law), null, null);
    }

    static OrderTerms terms(
            DetentionLaw law,
            String ground,
            List<AlternativeConsidered> considered,
            String bestInterests,
            String exceptional) {
        return new OrderTerms(
                ground,
                "risk of absconding shown by ...",
                "no less coercive measure ...",
                considered,
                AuthorityKind.ADMINISTRATIVE,
                "Immigration Office",
                START,
                "facility",
                "room",
                exceptional,
                bestInterests);
    }

    static DetentionOrder issue(
            DetentionLaw law, OrderTerms terms, ProtectionState state, boolean child) {
        return DetentionOrder.issue(
                "person",
                terms,
                law,
                state,
                child,
                regime -> Duration.ZERO,
                (regime, authority, exceptional, served) ->
                        new Schedule(
                                law.maximumRule(regime),
                                MAX,
                                exceptional
                                        ? DetentionLaw.EXCEPTIONAL_JUDICIAL_REVIEW
                                        : DetentionLaw.JUDICIAL_REVIEW,
                                START.plus(Duration.ofDays(15)),
                                START.plus(Duration.ofDays(30))),
                "authority",
                START);
    }

    /** A maximum that never ends earlier than the present one. */
    static final Schedule.MaximumComputation NO_MAXIMUM =
            regime -> new Schedule.Maximum(regime.name(), Instant.MAX, Duration.ZERO);

    static ProblemException refused(Runnable issuing) {
        return assertThrows(ProblemException.class, issuing::run);
    }

    static String rule(ProblemException e) {
        assertEquals(ProblemType.RULE_VIOLATED, e.type(), e.getMessage());
        return (String) e.extensions().get("rule");
    }

    @Test
    void anApplicantIsDetainedOnlyOnTheGroundsLawfulWhileAClaimIsPendingRcdArt10_1() {
        DetentionLaw eu = law("eu-pact-2026");
        ProblemException e =
                refused(
                        () ->
                                issue(
                                        eu,
                                        terms(eu, "return-preparation"),
                                        ProtectionState.APPLICANT,
                                        false));
        assertEquals(DetentionLaw.WHILE_CLAIM_PENDING, rule(e));
        assertTrue(((String) e.extensions().get("legalBasis")).contains("Art 10(1)"), e::toString);
        DetentionOrder order = issue(eu, terms(eu, "identity"), ProtectionState.APPLICANT, false);
        assertEquals(Regime.APPLICANT, order.regime());
        assertEquals(DetentionLaw.MAXIMUM, order.maximumRule());
    }

    @Test
    void aPersonWithoutAPendingClaimIsDetainedOnlyOnTheGroundsForThemReturnDirectiveArt15_1() {
        DetentionLaw eu = law("eu-pact-2026");
        assertEquals(
                DetentionLaw.WITHOUT_CLAIM,
                rule(refused(() -> issue(eu, terms(eu, "identity"), ProtectionState.NONE, false))));
        DetentionOrder order =
                issue(eu, terms(eu, "return-preparation"), ProtectionState.NOT_PENDING, false);
        assertEquals(Regime.WITHOUT_CLAIM, order.regime());
        assertEquals(DetentionLaw.RETURN_MAXIMUM, order.maximumRule());
    }

    @Test
    void aGroundOutsideTheProfilesClosedListIsRefusedNamingTheField() {
        DetentionLaw c = law("convention-1951");
        ProblemException e =
                refused(() -> issue(c, terms(c, "overstay"), ProtectionState.NONE, false));
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        assertEquals("groundCode", e.fieldErrors().get(0).field());
    }

    @Test
    void aPersonGrantedProtectionIsNotDetainedUnderThisModuleGuideline6() {
        DetentionLaw c = law("convention-1951");
        assertEquals(
                DetentionLaw.PROTECTED_PERSON,
                rule(
                        refused(
                                () ->
                                        issue(
                                                c,
                                                terms(c, "identity"),
                                                ProtectionState.PROTECTED,
                                                false))));
    }

    @Test
    void everyAlternativeMustBeConsideredWithAReasonRcdArts10_2And11_2Guideline4_3() {
        DetentionLaw eu = law("eu-pact-2026");
        List<AlternativeConsidered> some = new ArrayList<>(allConsidered(eu));
        some.remove(0); // reporting not considered
        some.set(0, new AlternativeConsidered(some.get(0).code(), "  ")); // no reason given
        ProblemException e =
                refused(
                        () ->
                                issue(
                                        eu,
                                        terms(eu, "identity", some, null, null),
                                        ProtectionState.APPLICANT,
                                        false));
        assertEquals(DetentionLaw.ALTERNATIVES, rule(e));
        assertTrue(
                e.getMessage().contains("reporting, designated-residence"),
                "names the missing codes: " + e.getMessage());
        assertTrue(((String) e.extensions().get("legalBasis")).contains("Guideline 4.3"));
    }

    @Test
    void anAlternativeTheProfileDoesNotKnowIsAMistakeNamingTheField() {
        DetentionLaw eu = law("eu-pact-2026");
        List<AlternativeConsidered> with = new ArrayList<>(allConsidered(eu));
        with.add(new AlternativeConsidered("electronic-tag", "no"));
        ProblemException e =
                refused(
                        () ->
                                issue(
                                        eu,
                                        terms(eu, "identity", with, null, null),
                                        ProtectionState.APPLICANT,
                                        false));
        assertEquals("alternativesConsidered[7].code", e.fieldErrors().get(0).field());
    }

    @Test
    void theIndividualAssessmentIsRequiredGuideline4_1RcdArt10_2() {
        DetentionLaw eu = law("eu-pact-2026");
        OrderTerms t = terms(eu, "identity");
        OrderTerms noNecessity =
                new OrderTerms(
                        t.groundCode(),
                        " ",
                        t.proportionality(),
                        t.alternativesConsidered(),
                        t.authorityKind(),
                        t.authorityName(),
                        t.startsAt(),
                        t.facilityId(),
                        t.roomId(),
                        null,
                        null);
        assertEquals(
                DetentionLaw.INDIVIDUAL_ASSESSMENT,
                rule(refused(() -> issue(eu, noNecessity, ProtectionState.APPLICANT, false))));
    }

    @Test
    void aChildIsNeverDetainedUnderConvention1951UnhcrPosition2017() {
        DetentionLaw c = law("convention-1951");
        ProblemException e =
                refused(
                        () ->
                                issue(
                                        c,
                                        terms(
                                                c,
                                                "identity",
                                                allConsidered(c),
                                                "best interests",
                                                null),
                                        ProtectionState.APPLICANT,
                                        true));
        assertEquals(DetentionLaw.CHILDREN, rule(e));
        assertTrue(((String) e.extensions().get("legalBasis")).contains("2017"));
    }

    @Test
    void aChildIsNeverDetainedUnderTheNonConventionMandateProfile() {
        DetentionLaw m = law("non-convention-mandate");
        assertEquals(
                DetentionLaw.CHILDREN,
                rule(refused(() -> issue(m, terms(m, "identity"), ProtectionState.NONE, true))));
    }

    @Test
    void aChildIsDetainedOnlyAsALastResortWithBestInterestsReasonsRcdArt13_2() {
        DetentionLaw eu = law("eu-pact-2026");
        ProblemException e =
                refused(() -> issue(eu, terms(eu, "identity"), ProtectionState.APPLICANT, true));
        assertEquals(DetentionLaw.CHILDREN, rule(e));
        assertTrue(((String) e.extensions().get("legalBasis")).contains("Art 13(2)"));
        DetentionOrder order =
                issue(
                        eu,
                        terms(eu, "identity", allConsidered(eu), "with the mother, who ...", null),
                        ProtectionState.APPLICANT,
                        true);
        assertTrue(order.childDetained());
        assertFalse(
                issue(eu, terms(eu, "identity"), ProtectionState.APPLICANT, false).childDetained());
    }

    @Test
    void theExceptionalReviewLimitOnlyWhereTheProfileHasItRcdArt11_3() {
        DetentionLaw c = law("convention-1951");
        ProblemException e =
                refused(
                        () ->
                                issue(
                                        c,
                                        terms(
                                                c,
                                                "identity",
                                                allConsidered(c),
                                                null,
                                                "mass arrival"),
                                        ProtectionState.APPLICANT,
                                        false));
        assertEquals("exceptionalReviewReasons", e.fieldErrors().get(0).field());
        DetentionLaw eu = law("eu-pact-2026");
        DetentionOrder order =
                issue(
                        eu,
                        terms(eu, "identity", allConsidered(eu), null, "mass arrival"),
                        ProtectionState.APPLICANT,
                        false);
        assertEquals(DetentionLaw.EXCEPTIONAL_JUDICIAL_REVIEW, order.judicialReviewRule());
    }

    @Test
    void aClaimMadeAfterTheOrderPutsAReturnOrderIntoReviewNowRcdArt10_1() {
        DetentionLaw eu = law("eu-pact-2026");
        DetentionOrder order =
                issue(eu, terms(eu, "return-preparation"), ProtectionState.NONE, false);
        Instant claim = START.plus(Duration.ofDays(3));
        assertEquals(
                DetentionOrder.ProtectionEffect.REVIEW_NOW,
                order.protectionChanged(ProtectionState.APPLICANT, eu, claim, NO_MAXIMUM));
        assertEquals(OrderStatus.REVIEW_NOW, order.status());
        assertEquals(claim, order.reviewNowSince());
        assertEquals(DetentionLaw.WHILE_CLAIM_PENDING, order.reviewNowRule());
        assertEquals(
                DetentionOrder.ProtectionEffect.NONE,
                order.protectionChanged(
                        ProtectionState.APPLICANT, eu, claim.plusSeconds(60), NO_MAXIMUM),
                "told again: nothing new");
        // continuing detention on the lapsed ground is refused
        assertEquals(
                DetentionLaw.WHILE_CLAIM_PENDING,
                rule(
                        refused(
                                () ->
                                        order.reviewed(
                                                AuthorityKind.ADMINISTRATIVE,
                                                ReviewOutcome.CONTINUED,
                                                claim,
                                                claim,
                                                ProtectionState.APPLICANT,
                                                eu,
                                                null))));
        DetentionOrder transfer = issue(eu, terms(eu, "transfer"), ProtectionState.NONE, false);
        transfer.protectionChanged(ProtectionState.APPLICANT, eu, claim, NO_MAXIMUM);
        assertEquals(
                OrderStatus.ACTIVE, transfer.status(), "a ground lawful for both stays lawful");
    }

    @Test
    void aGroundThatLapsesMakesReleaseDueAsWellAsReviewRcdArt10_1Guideline6() {
        DetentionLaw eu = law("eu-pact-2026");
        DetentionOrder order =
                issue(eu, terms(eu, "return-preparation"), ProtectionState.NONE, false);
        Instant claim = START.plus(Duration.ofDays(3));
        order.protectionChanged(ProtectionState.APPLICANT, eu, claim, NO_MAXIMUM);
        assertEquals(
                new DetentionOrder.ReleaseDue(claim, ReleaseReason.GROUND_LAPSED),
                order.releaseDue(claim.plusSeconds(1)));
    }

    @Test
    void aGroundLawfulForBothCarriesOnUnderTheApplicantsRegimeAndItsEarlierMaximumRcdArt11_1() {
        DetentionLaw eu = law("eu-pact-2026");
        DetentionOrder order = issue(eu, terms(eu, "transfer"), ProtectionState.NONE, false);
        assertEquals(Regime.WITHOUT_CLAIM, order.regime());
        Instant claim = START.plus(Duration.ofDays(3));
        Instant earlier = MAX.minus(Duration.ofDays(30));
        assertEquals(
                DetentionOrder.ProtectionEffect.REGIME_CHANGED,
                order.protectionChanged(
                        ProtectionState.APPLICANT,
                        eu,
                        claim,
                        regime ->
                                new Schedule.Maximum(
                                        eu.maximumRule(regime), earlier, Duration.ofDays(2))));
        assertEquals(Regime.APPLICANT, order.regime());
        assertEquals(DetentionLaw.MAXIMUM, order.maximumRule());
        assertEquals(earlier, order.maximumAt());
        assertEquals(Duration.ofDays(2), order.servedBefore());
        assertEquals(OrderStatus.ACTIVE, order.status());
        assertNull(order.releaseDue(claim));

        // back without a claim: the return maximum ends later, so the end does not move
        order.protectionChanged(
                ProtectionState.NOT_PENDING,
                eu,
                claim.plus(Duration.ofDays(5)),
                regime -> new Schedule.Maximum(eu.maximumRule(regime), MAX, Duration.ZERO));
        assertEquals(Regime.WITHOUT_CLAIM, order.regime());
        assertEquals(earlier, order.maximumAt(), "never later than the present end");
        assertEquals(DetentionLaw.MAXIMUM, order.maximumRule(), "the rule that set the end");
    }

    @Test
    void anOrderDatedAheadIsRefusedNamingStartsAtRcdArt11_3Guideline6() {
        DetentionLaw eu = law("eu-pact-2026");
        ProblemException e =
                refused(() -> issueAt(eu, terms(eu, "identity"), START.minus(Duration.ofDays(60))));
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        assertEquals("startsAt", e.fieldErrors().get(0).field());
        assertEquals(
                START,
                issueAt(eu, terms(eu, "identity"), START.minus(Duration.ofMinutes(4))).startsAt(),
                "a few minutes of clock difference are tolerated");
    }

    static DetentionOrder issueAt(DetentionLaw law, OrderTerms terms, Instant issuedAt) {
        return DetentionOrder.issue(
                "person",
                terms,
                law,
                ProtectionState.APPLICANT,
                false,
                regime -> Duration.ZERO,
                (regime, authority, exceptional, served) ->
                        new Schedule(law.maximumRule(regime), MAX, null, null, MAX),
                "authority",
                issuedAt);
    }

    @Test
    void protectionGrantedMakesReleaseDueAtOnceGuideline6() {
        DetentionLaw eu = law("eu-pact-2026");
        DetentionOrder order = issue(eu, terms(eu, "identity"), ProtectionState.APPLICANT, false);
        Instant granted = START.plus(Duration.ofDays(20));
        order.protectionChanged(ProtectionState.PROTECTED, eu, granted, NO_MAXIMUM);
        assertEquals(
                new DetentionOrder.ReleaseDue(granted, ReleaseReason.PROTECTION_GRANTED),
                order.releaseDue(granted.plusSeconds(1)));
        assertEquals(DetentionLaw.PROTECTED_PERSON, order.reviewNowRule());
    }

    @Test
    void releaseIsDueTheMomentTheMaximumPassesAndNoLongerOnceRecordedGuideline6() {
        DetentionLaw eu = law("eu-pact-2026");
        DetentionOrder order = issue(eu, terms(eu, "identity"), ProtectionState.APPLICANT, false);
        assertNull(order.releaseDue(MAX.minusSeconds(1)));
        assertEquals(
                new DetentionOrder.ReleaseDue(MAX, ReleaseReason.MAXIMUM_REACHED),
                order.releaseDue(MAX));
        order.release(ReleaseReason.MAXIMUM_REACHED, MAX.plusSeconds(600), null, "authority");
        assertNull(order.releaseDue(MAX.plusSeconds(700)));
        assertEquals(Duration.ofSeconds(600).plus(Duration.between(START, MAX)), order.served(MAX));
    }

    @Test
    void aReviewOrderingReleaseMakesItDueAtOnceAndAJudicialReviewMeetsTheExOfficioDeadline() {
        DetentionLaw eu = law("eu-pact-2026");
        DetentionOrder order = issue(eu, terms(eu, "identity"), ProtectionState.APPLICANT, false);
        Instant at = START.plus(Duration.ofDays(10));
        order.reviewed(
                AuthorityKind.JUDICIAL,
                ReviewOutcome.RELEASE_ORDERED,
                at,
                at.plus(Duration.ofDays(30)),
                ProtectionState.APPLICANT,
                eu,
                null);
        assertEquals(at, order.judiciallyReviewedAt());
        assertFalse(order.judicialReviewAwaited());
        assertEquals(at, order.lastReviewAt());
        assertEquals(at.plus(Duration.ofDays(30)), order.nextReviewAt());
        assertEquals(ReleaseReason.REVIEW_ORDERED, order.releaseDue(at).reason());
    }
}
