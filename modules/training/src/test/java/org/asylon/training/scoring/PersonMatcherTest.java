package org.asylon.training.scoring;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.training.persona.Persona;
import org.asylon.training.persona.Persona.Script;
import org.junit.jupiter.api.Test;

/** An officer's spelling of a name finds the persona across transliterations, never a stranger. */
class PersonMatcherTest {

    private final Map<String, Persona> cast = BoatExercise.cast();
    private final PersonMatcher matcher = new PersonMatcher(cast);

    private Optional<String> match(String surname, String given, String original, String birth) {
        return matcher.match(
                List.of(
                        new StatedPerson(
                                List.of(new StatedPerson.Name(surname, given)),
                                original,
                                birth,
                                false)));
    }

    @Test
    void transliterationsCaseAccentsAndNameOrderFindTheSamePerson() {
        assertEquals(Optional.of("A"), match("Haddad", "Mohammed Yusuf", null, "1990-04-12"));
        assertEquals(Optional.of("A"), match("HADDAD", "Muhammad Yousef", null, null));
        assertEquals(Optional.of("A"), match("Mohamed Youssef", "Hadad", null, "1990"));
        assertEquals(Optional.of("A"), match("Ḥaddād", "Moḥammed", null, "1990-04"));
        assertEquals(Optional.of("B"), match("Habte  Mariam", "Selam", null, "2010"));
        assertEquals(Optional.of("B"), match("habte-mariam", "selam", null, null));
        assertEquals(Optional.of("C"), match("Restrepo", "Luis", null, "1995-11-02"));
    }

    @Test
    void theNameInItsOwnScriptFindsThePersonWithOrWithoutVowelMarks() {
        assertEquals(Optional.of("A"), match(null, null, "مُحَمَّد يوسف حداد", null));
        assertEquals(Optional.of("B"), match(null, null, "ሰላም ሃብተማርያም", "2010-03"));
    }

    @Test
    void aDateOfBirthThatContradictsOrASurnameAloneFindsNobody() {
        assertEquals(Optional.empty(), match("Haddad", "Mohammed Yusuf", null, "1985-01-01"));
        assertEquals(Optional.empty(), match("Haddad", null, null, null));
        assertEquals(Optional.empty(), match("Novak", "Petra", null, null));
    }

    @Test
    void anEstimatedDateIsHeldToItsYearGiveOrTakeOne() {
        // B's date of birth is estimated (2010-03): a stated age giving 2011 still fits
        assertEquals(Optional.of("B"), match("Habtemariam", "Selam", null, "2011-01-01"));
        assertEquals(Optional.empty(), match("Habtemariam", "Selam", null, "2004"));
    }

    @Test
    void betweenAFatherAndASonTheFullDateOfBirthDecides() {
        Persona father =
                BoatExercise.persona(
                        "P-0010",
                        "Kareem",
                        "Omar Ali",
                        null,
                        Script.LATIN,
                        List.of(),
                        "1970-02-01",
                        false,
                        "M",
                        "IRQ",
                        false);
        Persona son =
                BoatExercise.persona(
                        "P-0011",
                        "Kareem",
                        "Ali Omar",
                        null,
                        Script.LATIN,
                        List.of(),
                        "2005-06-07",
                        false,
                        "M",
                        "IRQ",
                        false);
        PersonMatcher family = new PersonMatcher(Map.of("F", father, "S", son));
        var recorded =
                new StatedPerson(
                        List.of(new StatedPerson.Name("Kareem", "Ali Omar")),
                        null,
                        "1970-02-01",
                        false);
        assertEquals(Optional.of("F"), family.match(List.of(recorded)));
    }

    @Test
    void theSkeletonFoldsTheUsualTransliterationPairs() {
        assertEquals(Names.skeleton("mohammed"), Names.skeleton("maxamed"));
        assertEquals(Names.skeleton("abdallah"), Names.skeleton("abdullahi"));
        assertEquals(Names.skeleton("omar"), Names.skeleton("umar"));
        assertNotEquals(Names.skeleton("omar"), Names.skeleton("amin"));
    }
}
