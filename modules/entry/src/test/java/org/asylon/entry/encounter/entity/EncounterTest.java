package org.asylon.entry.encounter.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.asylon.entry.encounter.entity.EntryRules.ChildDetention;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The encounter's own rules, whoever calls them: non-refoulement at the border, lawful refusal
 * grounds, children decided from their date of birth, refusals that the facts came to forbid
 * suspended and checked again when carried out, and a supervisor's revision as the only way on.
 */
class EncounterTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final EntryRules RULES = rules(ChildDetention.NEVER);
    private static final EntryRules LAST_RESORT = rules(ChildDetention.LAST_RESORT);

    static EntryRules rules(ChildDetention childDetention) {
        return new EntryRules(
                Map.of("no-valid-travel-document", "Schengen Borders Code (EU) 2016/399, Art 6"),
                "1951 Convention, Art 33",
                18,
                childDetention,
                "Reception Conditions Directive (EU) 2024/1346, Art 13(2)",
                ZoneOffset.UTC);
    }

    static Encounter anEncounter() {
        return anEncounter(false);
    }

    static Encounter anEncounter(boolean unaccompaniedChild) {
        return born(PartialDate.parse("1990-05", false), unaccompaniedChild);
    }

    static Encounter born(PartialDate dateOfBirth, boolean unaccompaniedChild) {
        PersonDetails person =
                new PersonDetails(
                        "HADDAD",
                        "MOHAMMED",
                        "Haddad",
                        "Muhammad",
                        "محمد حداد",
                        dateOfBirth,
                        Sex.M,
                        null);
        return new Encounter(
                EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING,
                null,
                "green border",
                NOW,
                null,
                person,
                List.of("SYR"),
                List.of("ara"),
                List.of(
                        new TravelDocument(
                                "P",
                                "N123",
                                "SYR",
                                LocalDate.parse("2020-01-31"),
                                LocalDate.parse("2026-11-26"),
                                null,
                                null)),
                unaccompaniedChild,
                "border.officer",
                NOW);
    }

    private static Encounter refused() {
        Encounter encounter = anEncounter();
        encounter.decideOutcome(
                OutcomeKind.REFUSED_ENTRY,
                "no-valid-travel-document",
                null,
                null,
                "officer",
                NOW,
                RULES);
        return encounter;
    }

    @Test
    void aPersonWhoAskedForProtectionCannotBeRefusedEntry() {
        Encounter encounter = anEncounter();
        encounter.requestProtection("I ask for asylum", NOW, RULES);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                encounter.decideOutcome(
                                        OutcomeKind.REFUSED_ENTRY,
                                        "no-valid-travel-document",
                                        null,
                                        null,
                                        "officer",
                                        NOW,
                                        RULES));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals("entry.non-refoulement", refused.extensions().get("rule"));
        assertEquals("1951 Convention, Art 33", refused.extensions().get("legalBasis"));
        assertEquals(null, encounter.outcome(), "nothing was decided");
    }

    @Test
    void anUnaccompaniedChildCannotBeRefusedEntry() {
        Encounter child = anEncounter(true);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                child.decideOutcome(
                                        OutcomeKind.REFUSED_ENTRY,
                                        "no-valid-travel-document",
                                        null,
                                        null,
                                        "officer",
                                        NOW,
                                        RULES));
        assertEquals("entry.unaccompanied-child", refused.extensions().get("rule"));
    }

    @Test
    void notingASeparatedChildMakesTheChildUnaccompanied() {
        Encounter encounter = anEncounter();
        encounter.noteSpecificNeed(new SpecificNeed("SC", null, "o", NOW), RULES);
        assertTrue(encounter.unaccompaniedChild());
        assertThrows(
                ProblemException.class,
                () ->
                        encounter.decideOutcome(
                                OutcomeKind.REFUSED_ENTRY,
                                "no-valid-travel-document",
                                null,
                                null,
                                "officer",
                                NOW,
                                RULES));
    }

    @Test
    void anySubCodeOfSeparatedChildrenOrEntrysFormerCodeMakesTheChildUnaccompanied() {
        for (String code : List.of("SC-UC", "SC-SC", "UNACCOMPANIED_OR_SEPARATED_CHILD")) {
            Encounter encounter = anEncounter();
            encounter.noteSpecificNeed(new SpecificNeed(code, null, "o", NOW), RULES);
            assertTrue(encounter.unaccompaniedChild(), code);
            assertThrows(
                    ProblemException.class,
                    () ->
                            encounter.decideOutcome(
                                    OutcomeKind.REFUSED_ENTRY,
                                    "no-valid-travel-document",
                                    null,
                                    null,
                                    "officer",
                                    NOW,
                                    RULES),
                    code);
        }
        Encounter woman = anEncounter();
        woman.noteSpecificNeed(new SpecificNeed("WR", null, "o", NOW), RULES);
        assertFalse(woman.unaccompaniedChild());
    }

    @Test
    void aChildAtRiskIsTreatedAsAChild() {
        Encounter encounter = anEncounter();
        assertFalse(encounter.couldBeChild(RULES, NOW), "born 1990");
        encounter.noteSpecificNeed(new SpecificNeed("CHILD_AT_RISK", null, "o", NOW), RULES);
        assertEquals("CR", encounter.specificNeeds().get(0).category());
        assertTrue(encounter.couldBeChild(RULES, NOW));
        assertFalse(encounter.unaccompaniedChild());
    }

    @Test
    void aNeedOutsideTheSetIsRefusedNamingTheCategory() {
        ProblemException refused =
                assertThrows(
                        ProblemException.class, () -> new SpecificNeed("FAMILY", null, "o", NOW));
        assertEquals("category", refused.fieldErrors().get(0).field());
    }

    @Test
    void aRefusalMustCiteAGroundOfTheProfile() {
        Encounter encounter = anEncounter();
        ProblemException missing =
                assertThrows(
                        ProblemException.class,
                        () ->
                                encounter.decideOutcome(
                                        OutcomeKind.REFUSED_ENTRY,
                                        null,
                                        null,
                                        null,
                                        "officer",
                                        NOW,
                                        RULES));
        assertEquals("refusalGround", missing.fieldErrors().get(0).field());
        assertThrows(
                ProblemException.class,
                () ->
                        encounter.decideOutcome(
                                OutcomeKind.REFUSED_ENTRY,
                                "looks-suspicious",
                                null,
                                null,
                                "officer",
                                NOW,
                                RULES));
        encounter.decideOutcome(
                OutcomeKind.REFUSED_ENTRY,
                "no-valid-travel-document",
                null,
                null,
                "officer",
                NOW,
                RULES);
        assertEquals(
                "Schengen Borders Code (EU) 2016/399, Art 6", encounter.outcome().refusalBasis());
        assertEquals(OutcomeStatus.DECIDED, encounter.outcome().status());
    }

    @Test
    void otherOutcomesCarryNoRefusalGroundAndAreDecidedOnce() {
        Encounter encounter = anEncounter();
        encounter.requestProtection("asylum", NOW, RULES);
        assertThrows(
                ProblemException.class,
                () ->
                        encounter.decideOutcome(
                                OutcomeKind.ADMITTED,
                                "entry-ban",
                                null,
                                null,
                                "officer",
                                NOW,
                                RULES));
        ProblemException reasons =
                assertThrows(
                        ProblemException.class,
                        () ->
                                encounter.decideOutcome(
                                        OutcomeKind.ADMITTED,
                                        null,
                                        null,
                                        "no alternative",
                                        "officer",
                                        NOW,
                                        RULES));
        assertEquals("detentionReasons", reasons.fieldErrors().get(0).field());
        encounter.decideOutcome(
                OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE,
                null,
                "asked at the fence",
                null,
                "officer",
                NOW,
                RULES);
        ProblemException twice =
                assertThrows(
                        ProblemException.class,
                        () ->
                                encounter.decideOutcome(
                                        OutcomeKind.ADMITTED,
                                        null,
                                        null,
                                        null,
                                        "officer",
                                        NOW,
                                        RULES));
        assertEquals(ProblemType.CONFLICT, twice.type());
        assertTrue(twice.getMessage().contains("supervisor may revise"), twice.getMessage());
    }

    // ---- 1.1: a refusal decided before a protection request or a child finding does not stand
    // ----

    @Test
    void aProtectionRequestAfterARefusalSuspendsItSoThatItCannotBeCarriedOut() {
        Encounter peter = refused();

        assertTrue(
                peter.requestProtection(
                        "I am afraid to go back, I ask for asylum", NOW.plusSeconds(300), RULES));

        Outcome outcome = peter.outcome();
        assertEquals(OutcomeKind.REFUSED_ENTRY, outcome.kind(), "what was decided stays on record");
        assertEquals(OutcomeStatus.SUSPENDED, outcome.status());
        assertEquals(EntryRules.NON_REFOULEMENT, outcome.suspensionRule());
        assertEquals("1951 Convention, Art 33", outcome.suspensionBasis());
        assertTrue(
                outcome.suspensionDetail().contains("asked for protection")
                        && outcome.suspensionDetail().contains("supervisor"),
                outcome.suspensionDetail());
        ProblemException carriedOut =
                assertThrows(
                        ProblemException.class,
                        () -> peter.executeOutcome("officer", NOW.plusSeconds(600), RULES));
        assertEquals(ProblemType.RULE_VIOLATED, carriedOut.type());
        assertEquals(EntryRules.NON_REFOULEMENT, carriedOut.extensions().get("rule"));
        assertNull(peter.outcome().executedAt());
    }

    @Test
    void aChildFoundAfterARefusalSuspendsIt() {
        Encounter child = refused();

        child.noteSpecificNeed(new SpecificNeed("SC-UC", "alone", "o", NOW.plusSeconds(60)), RULES);

        assertEquals(OutcomeStatus.SUSPENDED, child.outcome().status());
        assertEquals(EntryRules.UNACCOMPANIED_CHILD, child.outcome().suspensionRule());
    }

    @Test
    void aSupervisorRevisesASuspendedRefusalWithWrittenReasonsUnderTheSameRules() {
        Encounter peter = refused();
        peter.requestProtection("asylum", NOW.plusSeconds(300), RULES);

        ProblemException noReasons =
                assertThrows(
                        ProblemException.class,
                        () ->
                                peter.reviseOutcome(
                                        OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE,
                                        null,
                                        null,
                                        null,
                                        " ",
                                        "supervisor",
                                        NOW.plusSeconds(900),
                                        RULES));
        assertEquals("reasons", noReasons.fieldErrors().get(0).field());
        ProblemException refusedAgain =
                assertThrows(
                        ProblemException.class,
                        () ->
                                peter.reviseOutcome(
                                        OutcomeKind.REFUSED_ENTRY,
                                        "no-valid-travel-document",
                                        null,
                                        null,
                                        "stands",
                                        "supervisor",
                                        NOW.plusSeconds(900),
                                        RULES));
        assertEquals(EntryRules.NON_REFOULEMENT, refusedAgain.extensions().get("rule"));

        peter.reviseOutcome(
                OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE,
                null,
                null,
                null,
                "He asked for protection after the refusal; the refusal cannot stand.",
                "supervisor",
                NOW.plusSeconds(900),
                RULES);

        Outcome revised = peter.outcome();
        assertEquals(OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE, revised.kind());
        assertEquals(OutcomeStatus.DECIDED, revised.status());
        assertEquals(OutcomeKind.REFUSED_ENTRY, revised.revisedFrom());
        assertEquals("supervisor", revised.decidedBy());
        assertTrue(revised.revisionReasons().contains("cannot stand"));
        assertNull(revised.refusalGround());
    }

    @Test
    void aRefusalIsCheckedAgainWhenItIsCarriedOut() {
        // handed to detention as a last resort, with reasons; the profile then says children are
        // never detained
        Encounter child = born(PartialDate.parse("2016-03", false), false);
        child.decideOutcome(
                OutcomeKind.HANDED_TO_DETENTION,
                null,
                null,
                "no alternative can work tonight; detention with the mother is in the child's best interests",
                "officer",
                NOW,
                LAST_RESORT);

        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> child.executeOutcome("officer", NOW.plusSeconds(60), RULES));

        assertEquals(EntryRules.CHILD_DETENTION, refused.extensions().get("rule"));
        assertNull(child.outcome().executedAt());
        child.executeOutcome("officer", NOW.plusSeconds(60), LAST_RESORT);
        assertEquals(OutcomeStatus.EXECUTED, child.outcome().status());
    }

    @Test
    void aCarriedOutRefusalStaysCarriedOutAndOnlyRefusalsAndHandoversAreCarriedOut() {
        Encounter encounter = refused();
        encounter.executeOutcome("officer", NOW.plusSeconds(60), RULES);
        assertEquals(OutcomeStatus.EXECUTED, encounter.outcome().status());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        encounter.executeOutcome(
                                                "officer", NOW.plusSeconds(90), RULES))
                        .type());

        encounter.requestProtection("asylum", NOW.plusSeconds(120), RULES);
        assertEquals(
                OutcomeStatus.EXECUTED,
                encounter.outcome().status(),
                "the request is recorded all the same");
        assertTrue(encounter.protectionRequested());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        encounter.reviseOutcome(
                                                OutcomeKind.ADMITTED,
                                                null,
                                                null,
                                                null,
                                                "late",
                                                "supervisor",
                                                NOW.plusSeconds(180),
                                                RULES))
                        .type());

        Encounter admitted = anEncounter();
        admitted.decideOutcome(OutcomeKind.ADMITTED, null, null, null, "officer", NOW, RULES);
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(
                                ProblemException.class,
                                () -> admitted.executeOutcome("officer", NOW, RULES))
                        .type());
    }

    // ---- 1.2: a child is decided from the date of birth, not only a checkbox ----

    @Test
    void aTenYearOldTravellingAloneIsAnUnaccompaniedChildWhateverTheCheckboxSaid() {
        Encounter tenYearOld = born(PartialDate.parse("2016-03-02", false), false);

        tenYearOld.assessAccompaniment(false, RULES, NOW);

        assertTrue(tenYearOld.unaccompaniedChild());
        assertEquals(
                EntryRules.UNACCOMPANIED_CHILD,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        tenYearOld.decideOutcome(
                                                OutcomeKind.REFUSED_ENTRY,
                                                "no-valid-travel-document",
                                                null,
                                                null,
                                                "officer",
                                                NOW,
                                                RULES))
                        .extensions()
                        .get("rule"));
        ProblemException never =
                assertThrows(
                        ProblemException.class,
                        () ->
                                tenYearOld.decideOutcome(
                                        OutcomeKind.HANDED_TO_DETENTION,
                                        null,
                                        null,
                                        "reasons",
                                        "officer",
                                        NOW,
                                        RULES));
        assertEquals(EntryRules.CHILD_DETENTION, never.extensions().get("rule"));
        assertEquals(
                "Reception Conditions Directive (EU) 2024/1346, Art 13(2)",
                never.extensions().get("legalBasis"));
        ProblemException withoutReasons =
                assertThrows(
                        ProblemException.class,
                        () ->
                                tenYearOld.decideOutcome(
                                        OutcomeKind.HANDED_TO_DETENTION,
                                        null,
                                        null,
                                        null,
                                        "officer",
                                        NOW,
                                        LAST_RESORT));
        assertEquals(ProblemType.RULE_VIOLATED, withoutReasons.type());
        assertEquals("detentionReasons", withoutReasons.fieldErrors().get(0).field());
        assertNull(tenYearOld.outcome(), "nothing was decided");
        tenYearOld.decideOutcome(
                OutcomeKind.HANDED_TO_DETENTION,
                null,
                null,
                "why alternatives cannot work; why it is in the child's best interests",
                "officer",
                NOW,
                LAST_RESORT);
        assertTrue(tenYearOld.outcome().detentionReasons().contains("best interests"));
    }

    @Test
    void aChildWithAnAdultOfTheFamilyIsAccompaniedButStillAChildForDetention() {
        Encounter son = born(PartialDate.parse("2016", false), false);

        son.assessAccompaniment(true, RULES, NOW);

        assertFalse(son.unaccompaniedChild());
        assertTrue(son.couldBeChild(RULES, NOW));
        assertThrows(
                ProblemException.class,
                () ->
                        son.decideOutcome(
                                OutcomeKind.HANDED_TO_DETENTION,
                                null,
                                null,
                                null,
                                "officer",
                                NOW,
                                RULES));
    }

    @Test
    void aPartialOrEstimatedDateOfBirthGivesTheBenefitOfTheDoubt() {
        // on 2026-11-26 a person born in 2008 may be 17 (born in December) or 18
        assertTrue(born(PartialDate.parse("2008", false), false).couldBeChild(RULES, NOW));
        assertTrue(born(PartialDate.parse("2008-12", true), false).couldBeChild(RULES, NOW));
        assertFalse(
                born(PartialDate.parse("2008-11-26", false), false).couldBeChild(RULES, NOW),
                "18 today");
        assertTrue(
                born(PartialDate.parse("2008-11-27", false), false).couldBeChild(RULES, NOW),
                "18 tomorrow");
        assertFalse(born(PartialDate.parse("2007", false), false).couldBeChild(RULES, NOW));
        assertFalse(
                born(null, false).couldBeChild(RULES, NOW),
                "no date and no mark: nothing says child");
        EntryRules majorityAt21 =
                new EntryRules(
                        Map.of(), "basis", 21, ChildDetention.NEVER, "basis", ZoneOffset.UTC);
        assertTrue(
                born(PartialDate.parse("2006-01-01", false), false).couldBeChild(majorityAt21, NOW),
                "the age of majority is the profile's");
        Encounter adult = born(PartialDate.parse("1990", false), false);
        adult.assessAccompaniment(false, RULES, NOW);
        assertFalse(adult.unaccompaniedChild(), "an adult alone is not an unaccompanied child");
    }

    // ---- 1.5: a referral to the asylum procedure carries the request ----

    @Test
    void aReferralToTheAsylumProcedureRecordsTheWishToSeekProtection() {
        Encounter encounter = anEncounter();

        encounter.decideOutcome(
                OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE, null, null, null, "officer", NOW, RULES);

        assertTrue(encounter.protectionRequested());
        assertEquals(NOW, encounter.protectionRequestedAt());
        assertEquals(Encounter.REQUEST_IMPLIED_BY_REFERRAL, encounter.protectionRequestWords());
    }

    // ---- 1.7: a renewed request is recorded as such ----

    @Test
    void aRenewedProtectionRequestIsRecordedAndKeepsTheTimeOfTheFirst() {
        Encounter encounter = anEncounter();
        assertTrue(encounter.requestProtection("first words", NOW, RULES));
        assertFalse(
                encounter.requestProtection(
                        "again, after the claim was withdrawn", NOW.plusSeconds(3600), RULES));
        assertEquals("first words", encounter.protectionRequestWords());
        assertEquals(NOW, encounter.protectionRequestedAt());
        assertEquals(NOW.plusSeconds(3600), encounter.protectionRenewedAt());
        assertEquals("again, after the claim was withdrawn", encounter.protectionRenewalWords());
        assertEquals(1, encounter.protectionRenewals());
    }

    @Test
    void anExpiredDocumentIsFlaggedNotRefused() {
        assertTrue(anEncounter().documents().get(0).expired());
    }

    @Test
    void screeningCannotBeRecordedWhereItDoesNotApply() {
        Encounter encounter = anEncounter();
        assertThrows(
                ProblemException.class,
                () ->
                        encounter.recordScreening(
                                new ScreeningForm(
                                        List.of(), null, null, null, null, null, null, null, null,
                                        true),
                                "officer",
                                NOW));
    }
}
