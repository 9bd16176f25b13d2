package org.asylon.reception.arrival.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.testing.RequestValidation;
import org.junit.jupiter.api.Test;

/**
 * A walk-in's codes and date of birth are checked by the kernel's constraints, as at the border.
 */
class NewArrivalTest {

    private static NewArrival walkIn(
            String dateOfBirth, List<String> nationalities, List<String> languages) {
        return new NewArrival(
                "HAILE",
                "SELAM",
                null,
                dateOfBirth,
                null,
                "F",
                nationalities,
                languages,
                true,
                true,
                null);
    }

    @Test
    void aDateOfBirthThatDoesNotExistIsRefusedByItsField() {
        // 2016-02-30 used to be stored, and then read as "not a child"
        assertEquals(
                List.of(new FieldError("dateOfBirth", PartialDateText.MESSAGE)),
                RequestValidation.errorsOf(walkIn("2016-02-30", null, null)));
        assertEquals(
                List.of(new FieldError("dateOfBirth", PartialDateText.MESSAGE)),
                RequestValidation.errorsOf(walkIn("2016-13-01", null, null)));
    }

    @Test
    void partialAndLeapDayDatesAreAccepted() {
        for (String date : List.of("2016", "2016-02", "2016-02-29")) {
            assertEquals(
                    List.of(),
                    RequestValidation.errorsOf(walkIn(date, List.of("ERI"), List.of("tir"))),
                    date);
        }
    }

    @Test
    void codesComeFromTheRegisters() {
        assertEquals(
                List.of(),
                RequestValidation.errorsOf(walkIn(null, List.of("D", "XXA"), List.of("prs"))));
        assertEquals(
                List.of(
                        new FieldError("languages[0]", LanguageCode.MESSAGE),
                        new FieldError("nationalities[1]", CountryCode.MESSAGE)),
                RequestValidation.errorsOf(walkIn(null, List.of("ERI", "QQQ"), List.of("xyz"))));
    }
}
