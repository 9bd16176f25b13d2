package org.asylon.entry.encounter.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The encounter's own rules, whoever calls them: non-refoulement at the border and lawful refusal grounds. */
class EncounterTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final EntryRules RULES = new EntryRules(
            Map.of("no-valid-travel-document", "Schengen Borders Code (EU) 2016/399, Art 6"),
            "1951 Convention, Art 33");

    static Encounter anEncounter() {
        return anEncounter(false);
    }

    static Encounter anEncounter(boolean unaccompaniedChild) {
        PersonDetails person = new PersonDetails("HADDAD", "MOHAMMED", "Haddad", "Muhammad", "محمد حداد",
                PartialDate.parse("1990-05", false), Sex.M, null);
        return new Encounter(EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING, null, "green border", NOW, null,
                person, List.of("SYR"), List.of("ara"),
                List.of(new TravelDocument("P", "N123", "SYR", LocalDate.parse("2020-01-31"), LocalDate.parse("2026-11-26"),
                        null, null)),
                unaccompaniedChild, "border.officer", NOW);
    }

    @Test
    void aPersonWhoAskedForProtectionCannotBeRefusedEntry() {
        Encounter encounter = anEncounter();
        encounter.requestProtection("I ask for asylum", NOW);
        ProblemException refused = assertThrows(ProblemException.class, () -> encounter.decideOutcome(
                OutcomeKind.REFUSED_ENTRY, "no-valid-travel-document", null, "officer", NOW, RULES));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals("entry.non-refoulement", refused.extensions().get("rule"));
        assertEquals("1951 Convention, Art 33", refused.extensions().get("legalBasis"));
        assertEquals(null, encounter.outcome(), "nothing was decided");
    }

    @Test
    void anUnaccompaniedChildCannotBeRefusedEntry() {
        Encounter child = anEncounter(true);
        ProblemException refused = assertThrows(ProblemException.class, () -> child.decideOutcome(
                OutcomeKind.REFUSED_ENTRY, "no-valid-travel-document", null, "officer", NOW, RULES));
        assertEquals("entry.unaccompanied-child", refused.extensions().get("rule"));
    }

    @Test
    void notingASeparatedChildMakesTheChildUnaccompanied() {
        Encounter encounter = anEncounter();
        encounter.noteSpecificNeed(new SpecificNeed(SpecificNeedCategory.UNACCOMPANIED_OR_SEPARATED_CHILD, null, "o", NOW));
        assertTrue(encounter.unaccompaniedChild());
        assertThrows(ProblemException.class, () -> encounter.decideOutcome(OutcomeKind.REFUSED_ENTRY,
                "no-valid-travel-document", null, "officer", NOW, RULES));
    }

    @Test
    void aRefusalMustCiteAGroundOfTheProfile() {
        Encounter encounter = anEncounter();
        ProblemException missing = assertThrows(ProblemException.class, () -> encounter.decideOutcome(
                OutcomeKind.REFUSED_ENTRY, null, null, "officer", NOW, RULES));
        assertEquals("refusalGround", missing.fieldErrors().get(0).field());
        assertThrows(ProblemException.class, () -> encounter.decideOutcome(OutcomeKind.REFUSED_ENTRY, "looks-suspicious",
                null, "officer", NOW, RULES));
        encounter.decideOutcome(OutcomeKind.REFUSED_ENTRY, "no-valid-travel-document", null, "officer", NOW, RULES);
        assertEquals("Schengen Borders Code (EU) 2016/399, Art 6", encounter.outcome().refusalBasis());
    }

    @Test
    void otherOutcomesCarryNoRefusalGroundAndAreDecidedOnce() {
        Encounter encounter = anEncounter();
        encounter.requestProtection("asylum", NOW);
        assertThrows(ProblemException.class, () -> encounter.decideOutcome(OutcomeKind.ADMITTED, "entry-ban", null,
                "officer", NOW, RULES));
        encounter.decideOutcome(OutcomeKind.REFERRED_TO_ASYLUM_PROCEDURE, null, "asked at the fence", "officer", NOW, RULES);
        ProblemException twice = assertThrows(ProblemException.class, () -> encounter.decideOutcome(OutcomeKind.ADMITTED,
                null, null, "officer", NOW, RULES));
        assertEquals(ProblemType.CONFLICT, twice.type());
    }

    @Test
    void aProtectionRequestIsRecordedOnce() {
        Encounter encounter = anEncounter();
        assertTrue(encounter.requestProtection("first words", NOW));
        assertFalse(encounter.requestProtection("again", NOW.plusSeconds(60)));
        assertEquals("first words", encounter.protectionRequestWords());
    }

    @Test
    void anExpiredDocumentIsFlaggedNotRefused() {
        assertTrue(anEncounter().documents().get(0).expired());
    }

    @Test
    void screeningCannotBeRecordedWhereItDoesNotApply() {
        Encounter encounter = anEncounter();
        assertThrows(ProblemException.class, () -> encounter.recordScreening(new ScreeningForm(List.of(), null, null,
                null, null, null, null, null, null, true), "officer", NOW));
    }
}
