package org.asylon.entry.encounter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.entry.encounter.control.Registration;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * The request as sent becomes the registration the control applies, without losing what the officer
 * said.
 */
class NewEncounterTest {

    private static final OffsetDateTime MET = OffsetDateTime.parse("2026-11-20T08:30:00+02:00");

    private static NewEncounter anEncounter(String dateOfBirth, ProtectionRequestInput protection) {
        return anEncounter(
                dateOfBirth,
                protection,
                List.of(new SpecificNeedInput("UNACCOMPANIED_OR_SEPARATED_CHILD", "alone")));
    }

    private static NewEncounter anEncounter(
            String dateOfBirth, ProtectionRequestInput protection, List<SpecificNeedInput> needs) {
        return new NewEncounter(
                EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING,
                null,
                "green border",
                MET,
                null,
                new PersonInput(
                        null,
                        null,
                        "Haddad",
                        "Muhammad",
                        null,
                        dateOfBirth,
                        true,
                        null,
                        null,
                        List.of("SYR"),
                        null),
                null,
                null,
                protection,
                needs);
    }

    @Test
    void aProtectionRequestWithoutWordsIsStillARequest() {
        Registration registration =
                anEncounter("2010", new ProtectionRequestInput(null, null)).toRegistration();
        assertTrue(registration.protectionRequested());
        assertNull(registration.protectionRequestWords());
        assertNull(
                registration.protectionRequestedAt(),
                "asked at the encounter unless a time is given");
        Registration later =
                anEncounter("2010", new ProtectionRequestInput("asylum", MET.plusHours(2)))
                        .toRegistration();
        assertEquals(Instant.parse("2026-11-20T08:30:00Z"), later.protectionRequestedAt());
        assertFalse(anEncounter("2010", null).toRegistration().protectionRequested());
    }

    @Test
    void timesDatesAndNeedsAreCarriedOver() {
        Registration registration = anEncounter("2010-03", null).toRegistration();
        assertEquals(Instant.parse("2026-11-20T06:30:00Z"), registration.occurredAt());
        assertEquals("2010-03", registration.person().dateOfBirth().toString());
        assertTrue(registration.person().dateOfBirth().estimated());
        assertEquals(List.of(), registration.person().languages());
        assertEquals(
                List.of(new Registration.Need("SC", "alone")),
                registration.specificNeeds(),
                "entry's former code is taken as its code of the suite's set");
        assertFalse(
                registration.unaccompaniedChild(),
                "absent means no; the noted need makes the child unaccompanied");
    }

    @Test
    void needsAreCodesOfTheSuitesSetAndFormerCodesAreAnsweredAsTheirCode() {
        Registration registration =
                anEncounter(
                                "1990",
                                null,
                                List.of(
                                        new SpecificNeedInput(
                                                "POSSIBLE_VICTIM_OF_TRAFFICKING",
                                                "kept by the driver"),
                                        new SpecificNeedInput("SC-UC", null),
                                        new SpecificNeedInput(" WR ", null)))
                        .toRegistration();
        assertEquals(
                List.of(
                        new Registration.Need("LP-TP", "kept by the driver"),
                        new Registration.Need("SC-UC", null),
                        new Registration.Need("WR", null)),
                registration.specificNeeds());
    }

    @Test
    void aCodeOutsideTheSetIsRefusedNamingItsField() {
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                anEncounter(
                                                "1990",
                                                null,
                                                List.of(
                                                        new SpecificNeedInput("SM", null),
                                                        new SpecificNeedInput("TRAFFICKING", null)))
                                        .toRegistration());
        assertEquals("specificNeeds[1].category", refused.fieldErrors().get(0).field());
        assertTrue(
                refused.fieldErrors().get(0).message().contains("TRAFFICKING"),
                refused::getMessage);
    }

    @Test
    void anImpossibleDateOfBirthNamesItsFieldEvenWithoutBeanValidation() {
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () -> anEncounter("2016-02-30", null).toRegistration());
        assertEquals("person.dateOfBirth", refused.fieldErrors().get(0).field());
    }
}
