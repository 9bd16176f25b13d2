package org.asylon.rsd.application.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.testing.RequestValidation;
import org.junit.jupiter.api.Test;

/**
 * An application at the RSD desk takes the same codes and dates as the border and reception (kernel
 * constraints).
 */
class NewApplicationTest {

    private static NewApplication application(
            String dateOfBirth,
            List<String> nationalities,
            List<String> languages,
            String interpreterLanguage) {
        return new NewApplication(
                "MUSTERMANN",
                "ERIKA",
                null,
                dateOfBirth,
                "F",
                nationalities,
                languages,
                new NewApplication.InterpreterRequest(interpreterLanguage, false, false),
                false,
                false,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aGermanPassportsNationalityIsAccepted() {
        // RSD used to refuse D, which the border reads from a German passport's MRZ
        assertEquals(
                List.of(),
                RequestValidation.errorsOf(
                        application("1964-08-12", List.of("D"), List.of("deu"), null)));
        assertEquals(
                List.of(),
                RequestValidation.errorsOf(
                        application("1990", List.of("XXA", "XXB"), List.of("prs"), "prs")));
    }

    @Test
    void anImpossibleDateOfBirthIsRefusedByItsField() {
        assertEquals(
                List.of(new FieldError("dateOfBirth", PartialDateText.MESSAGE)),
                RequestValidation.errorsOf(application("2016-02-30", null, null, null)));
    }

    @Test
    void unknownCodesAreRefusedWhereverTheyAre() {
        assertEquals(
                List.of(
                        new FieldError("interpreter.language", LanguageCode.MESSAGE),
                        new FieldError("languages[0]", LanguageCode.MESSAGE),
                        new FieldError("nationalities[0]", CountryCode.MESSAGE)),
                RequestValidation.errorsOf(
                        application(null, List.of("syr"), List.of("xyz"), "PRS")));
    }
}
