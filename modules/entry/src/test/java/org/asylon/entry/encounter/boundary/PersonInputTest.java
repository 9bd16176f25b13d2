package org.asylon.entry.encounter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.testing.RequestValidation;
import org.junit.jupiter.api.Test;

/**
 * The border's person record takes the suite's codes and dates, checked by the kernel's
 * constraints.
 */
class PersonInputTest {

    private static PersonInput person(
            String dateOfBirth, List<String> nationalities, List<String> languages) {
        return new PersonInput(
                "ERIKSSON",
                "ANNA",
                null,
                null,
                null,
                dateOfBirth,
                false,
                null,
                null,
                nationalities,
                languages);
    }

    @Test
    void aGermanPassportsCodeAndTheIcaoStatusCodesAreNationalities() {
        assertEquals(
                List.of(),
                RequestValidation.errorsOf(
                        person(
                                "1974-08",
                                List.of("D", "DEU", "XXA", "XXB"),
                                List.of("prs", "tir"))));
    }

    @Test
    void anImpossibleDateOfBirthIsRefusedByItsField() {
        assertEquals(
                List.of(new FieldError("dateOfBirth", PartialDateText.MESSAGE)),
                RequestValidation.errorsOf(person("2016-02-30", null, null)));
    }

    @Test
    void unknownAndWithdrawnCodesAreRefusedElementByElement() {
        assertEquals(
                List.of(
                        new FieldError("languages[1]", LanguageCode.MESSAGE),
                        new FieldError("nationalities[0]", CountryCode.MESSAGE)),
                RequestValidation.errorsOf(
                        person(null, List.of("YUG", "SYR"), List.of("prs", "xyz"))));
    }
}
