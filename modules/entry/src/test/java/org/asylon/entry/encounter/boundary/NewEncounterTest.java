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
import org.asylon.entry.encounter.entity.SpecificNeedCategory;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The request as sent becomes the registration the control applies, without losing what the officer said. */
class NewEncounterTest {

    private static final OffsetDateTime MET = OffsetDateTime.parse("2026-11-20T08:30:00+02:00");

    private static NewEncounter anEncounter(String dateOfBirth, ProtectionRequestInput protection) {
        return new NewEncounter(EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING, null, "green border", MET, null,
                new PersonInput(null, null, "Haddad", "Muhammad", null, dateOfBirth, true, null, null, List.of("SYR"),
                        null),
                null, null, protection,
                List.of(new SpecificNeedInput(SpecificNeedCategory.UNACCOMPANIED_OR_SEPARATED_CHILD, "alone")));
    }

    @Test
    void aProtectionRequestWithoutWordsIsStillARequest() {
        Registration registration = anEncounter("2010", new ProtectionRequestInput(null, null)).toRegistration();
        assertTrue(registration.protectionRequested());
        assertNull(registration.protectionRequestWords());
        assertNull(registration.protectionRequestedAt(), "asked at the encounter unless a time is given");
        Registration later = anEncounter("2010", new ProtectionRequestInput("asylum", MET.plusHours(2))).toRegistration();
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
        assertEquals(List.of(new Registration.Need(SpecificNeedCategory.UNACCOMPANIED_OR_SEPARATED_CHILD, "alone")),
                registration.specificNeeds());
        assertFalse(registration.unaccompaniedChild(), "absent means no; the noted need makes the child unaccompanied");
    }

    @Test
    void anImpossibleDateOfBirthNamesItsFieldEvenWithoutBeanValidation() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> anEncounter("2016-02-30", null).toRegistration());
        assertEquals("person.dateOfBirth", refused.fieldErrors().get(0).field());
    }
}
