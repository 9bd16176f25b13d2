package org.asylon.rsd.triage.control;

import static org.asylon.rsd.testing.ApplicantBuilder.anApplicant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.rsd.testing.ApplicantBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Triage under the reference profiles: the same applicant goes to different tracks for different
 * states.
 */
class TriageRulesTest {

    private static final ProfileLoader LOADER = new ProfileLoader();
    private static final String ACCELERATED_GROUNDS = "asylum.accelerated.grounds";
    private static final String PRIORITISED_GROUNDS = "asylum.prioritised.grounds";
    private static final CountryFacts LOW_AFG =
            new CountryFacts(
                    Map.of("AFG", rate("12.5"), "SYR", rate("85"), "IRQ", rate("20")),
                    Map.of(
                            "GEO",
                            new CountryFacts.Designation(
                                    "national list, Decree 12/2026",
                                    "Official Gazette 2026/44",
                                    LocalDate.parse("2026-03-01"))));

    private static CountryFacts.Rate rate(String percent) {
        return new CountryFacts.Rate(
                new BigDecimal(percent),
                "2025",
                "Eurostat migr_asydcfsta",
                LocalDate.parse("2026-04-30"));
    }

    private static Applicant adult(String nationality, boolean atTheBorder) {
        ApplicantBuilder adult = anApplicant().fromNationality(nationality);
        return (atTheBorder ? adult.atTheBorder() : adult).build();
    }

    private static TriageRules rules(String profile) {
        return new TriageRules(LOADER.load(profile));
    }

    private static void assertDecision(String track, String rule, String ground, TrackDecision d) {
        assertEquals(track, d.track(), d.explanation());
        assertEquals(rule, d.rule(), d.explanation());
        assertEquals(ground, d.ground(), d.explanation());
    }

    @Test
    void whichTrackIsTheBorderProcedureAndWhereItsGroundsAreIsTheProfiles() {
        TriageRules eu = rules("eu-pact-2026");
        assertTrue(eu.borderProcedure("border"));
        assertFalse(eu.borderProcedure("accelerated"));
        assertFalse(eu.borderProcedure(null));
        assertEquals(TriageRules.BORDER_GROUNDS, eu.groundsRule("border"));
        assertEquals(ACCELERATED_GROUNDS, eu.groundsRule("accelerated"));
        assertFalse(
                rules("convention-1951").borderProcedure("border"),
                "no border procedure in a Convention state");
    }

    @Test
    void theProfileOrdersTheTracksTriageTries(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("accelerated-first.profile"),
                """
                [profile]
                name = accelerated-first
                title = A Member State that tries the accelerated procedure before the border procedure
                extends = eu-pact-2026

                [rule asylum.procedure.tracks]
                override = whole
                kind = list
                basis = Test national law, Art 2
                status = national-choice
                item.regular.label = Regular procedure
                item.regular.basis = Test national law, Art 2(a)
                item.regular.status = national-choice
                item.accelerated.label = Accelerated procedure
                item.accelerated.basis = Test national law, Art 2(b)
                item.accelerated.status = national-choice
                item.border.label = Border procedure
                item.border.basis = Test national law, Art 2(c)
                item.border.status = national-choice
                """);
        TriageRules state = new TriageRules(new ProfileLoader(dir).load("accelerated-first"));
        assertDecision(
                "accelerated",
                ACCELERATED_GROUNDS,
                "recognition-rate",
                state.triage(adult("AFG", true), LOW_AFG, List.of()));
        assertDecision(
                "border",
                TriageRules.BORDER_GROUNDS,
                "mandatory-cases",
                state.triage(adult("SYR", true), LOW_AFG, List.of("mandatory-cases")));
    }

    @Nested
    class EuPact {

        private final TriageRules eu = rules("eu-pact-2026");

        @Test
        void aLowRecognitionRateAtTheBorderLeadsToTheBorderProcedure() {
            TrackDecision d = eu.triage(adult("AFG", true), LOW_AFG, List.of());
            assertDecision("border", TriageRules.BORDER_GROUNDS, "recognition-rate", d);
            assertTrue(d.explanation().contains("AFG 12.5 %"), d.explanation());
            assertTrue(
                    d.explanation().contains("Eurostat"),
                    "the rate is cited with its source: " + d.explanation());
        }

        @Test
        void theThresholdItselfTriggersTheGround() {
            assertDecision(
                    "accelerated",
                    ACCELERATED_GROUNDS,
                    "recognition-rate",
                    eu.triage(adult("IRQ", false), LOW_AFG, List.of()));
        }

        @Test
        void inTheTerritoryTheSameGroundLeadsToTheAcceleratedProcedure() {
            TrackDecision d = eu.triage(adult("AFG", false), LOW_AFG, List.of());
            assertDecision("accelerated", ACCELERATED_GROUNDS, "recognition-rate", d);
            assertTrue(
                    d.passedOver().get(0).contains("not made at the border"),
                    d.passedOver().toString());
        }

        @Test
        void aHighOrUnknownRateOrOneHighNationalityLeavesTheRegularProcedure() {
            assertDecision(
                    "regular",
                    TriageRules.TRACKS,
                    null,
                    eu.triage(adult("SYR", true), LOW_AFG, List.of()));
            assertDecision(
                    "regular",
                    TriageRules.TRACKS,
                    null,
                    eu.triage(adult("ERI", true), LOW_AFG, List.of()));
            assertDecision(
                    "regular",
                    TriageRules.TRACKS,
                    null,
                    eu.triage(
                            anApplicant().withNationalities("AFG", "SYR").atTheBorder().build(),
                            LOW_AFG,
                            List.of()));
        }

        @Test
        void anUnaccompaniedChildIsNeverPutInTheBorderProcedure() {
            Applicant child =
                    anApplicant().fromNationality("AFG").atTheBorder().unaccompaniedChild().build();
            TrackDecision d = eu.triage(child, LOW_AFG, List.of("mandatory-cases"));
            assertDecision("accelerated", ACCELERATED_GROUNDS, "recognition-rate", d);
            assertTrue(
                    d.passedOver().get(0).contains(TriageRules.UAC_EXCLUDED),
                    d.passedOver().toString());
            Exclusion e = eu.exclusion(child, "border").orElseThrow();
            assertEquals(TriageRules.UAC_EXCLUDED, e.rule());
            assertTrue(e.basis().contains("Art 53"), e.basis());
        }

        @Test
        void anApplicantWithSpecialProceduralNeedsIsNotPutInTheBorderProcedure() {
            Applicant needs =
                    anApplicant()
                            .fromNationality("AFG")
                            .atTheBorder()
                            .withSpecialProceduralNeeds()
                            .build();
            assertDecision(
                    "accelerated",
                    ACCELERATED_GROUNDS,
                    "recognition-rate",
                    eu.triage(needs, LOW_AFG, List.of()));
            assertEquals(
                    TriageRules.SPN_EXCLUDED, eu.exclusion(needs, "border").orElseThrow().rule());
            assertTrue(eu.exclusion(needs, "accelerated").isEmpty());
        }

        @Test
        void aSafeCountryOfOriginIsDecidedFromTheList() {
            TrackDecision d = eu.triage(adult("GEO", false), LOW_AFG, List.of());
            assertDecision("accelerated", ACCELERATED_GROUNDS, "safe-country-of-origin", d);
            assertTrue(d.explanation().contains("Official Gazette"), d.explanation());
        }

        @Test
        void groundsThatNeedJudgementHoldOnlyWhenTheOfficerIndicatesThem() {
            assertDecision(
                    "accelerated",
                    ACCELERATED_GROUNDS,
                    "other-art-42",
                    eu.triage(adult("SYR", false), LOW_AFG, List.of("other-art-42")));
            assertDecision(
                    "prioritised",
                    PRIORITISED_GROUNDS,
                    "likely-well-founded",
                    eu.triage(adult("SYR", false), LOW_AFG, List.of("likely-well-founded")));
            assertDecision(
                    "border",
                    TriageRules.BORDER_GROUNDS,
                    "mandatory-cases",
                    eu.triage(adult("SYR", true), LOW_AFG, List.of("mandatory-cases")));
        }

        @Test
        void vulnerabilityAloneIsNoGroundOfTheEuProfile() {
            Applicant vulnerable = anApplicant().fromNationality("SYR").withSpecificNeeds().build();
            assertDecision(
                    "regular", TriageRules.TRACKS, null, eu.triage(vulnerable, LOW_AFG, List.of()));
        }

        @Test
        void anUnknownGroundIsRefusedNamingTheField() {
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    eu.triage(
                                            adult("SYR", false),
                                            LOW_AFG,
                                            List.of("other-art-42", "manifestly-unfounded")));
            assertEquals(ProblemType.VALIDATION_FAILED, e.type());
            assertEquals("grounds[1]", e.fieldErrors().get(0).field());
        }
    }

    @Nested
    class Convention1951 {

        private final TriageRules convention = rules("convention-1951");

        @Test
        void specificNeedsFromReceptionLeadToTheAcceleratedTrack() {
            Applicant vulnerable = anApplicant().fromNationality("SYR").withSpecificNeeds().build();
            assertDecision(
                    "accelerated",
                    ACCELERATED_GROUNDS,
                    "specific-needs",
                    convention.triage(vulnerable, LOW_AFG, List.of()));
        }

        @Test
        void noRecognitionRateGroundAndNoBorderTrack() {
            assertDecision(
                    "regular",
                    TriageRules.TRACKS,
                    null,
                    convention.triage(adult("AFG", true), LOW_AFG, List.of()));
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    convention.triage(
                                            adult("AFG", true),
                                            LOW_AFG,
                                            List.of("recognition-rate")));
            assertEquals("grounds[0]", e.fieldErrors().get(0).field());
            assertTrue(
                    convention
                            .exclusion(
                                    anApplicant()
                                            .fromNationality("AFG")
                                            .atTheBorder()
                                            .unaccompaniedChild()
                                            .withSpecialProceduralNeeds()
                                            .build(),
                                    "accelerated")
                            .isEmpty());
        }

        @Test
        void theOfficerIndicatesAManifestlyUnfoundedCase() {
            TrackDecision d =
                    convention.triage(
                            adult("SYR", false), LOW_AFG, List.of("manifestly-unfounded"));
            assertDecision("accelerated", ACCELERATED_GROUNDS, "manifestly-unfounded", d);
            assertTrue(d.explanation().contains("indicated by the officer"), d.explanation());
        }

        @Test
        void theSimplifiedTrackIsReachedOnlyByOverride() {
            assertEquals(List.of("regular", "accelerated", "simplified"), convention.tracks());
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () -> convention.groundRule("simplified", "specific-needs"));
            assertEquals("ground", e.fieldErrors().get(0).field());
        }
    }

    @Nested
    class NonConventionMandate {

        private final TriageRules mandate = rules("non-convention-mandate");

        @Test
        void unhcrModalitiesAreTheTracks() {
            assertEquals(
                    List.of(
                            "regular",
                            "accelerated",
                            "simplified",
                            "merged-registration-rsd",
                            "prima-facie"),
                    mandate.tracks());
            assertDecision(
                    "regular",
                    TriageRules.TRACKS,
                    null,
                    mandate.triage(adult("MMR", false), LOW_AFG, List.of()));
        }

        @Test
        void manifestlyWellFoundedCasesAreAccelerated() {
            assertDecision(
                    "accelerated",
                    ACCELERATED_GROUNDS,
                    "manifestly-well-founded",
                    mandate.triage(
                            adult("MMR", false), LOW_AFG, List.of("manifestly-well-founded")));
        }

        @Test
        void anUnaccompaniedChildHasSpecificNeedsAndNoTrackIsExcluded() {
            Applicant child = anApplicant().fromNationality("MMR").unaccompaniedChild().build();
            TrackDecision d = mandate.triage(child, LOW_AFG, List.of());
            assertDecision("accelerated", ACCELERATED_GROUNDS, "specific-needs", d);
            assertNull(mandate.exclusion(child, "prima-facie").orElse(null));
        }
    }
}
