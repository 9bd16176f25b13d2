package org.asylon.kernel.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.testing.RequestValidation;
import org.junit.jupiter.api.Test;

/**
 * The constraints request records of every module use: each refusal names the field (the element of
 * a list by its index) with a message a border official can act on.
 */
class CodeConstraintsTest {

    public record Person(
            @CountryCode String issuingState,
            List<@CountryCode String> nationalities,
            @LanguageCode String interviewLanguage,
            List<@LanguageCode String> languages,
            @PartialDateText String dateOfBirth) {}

    private static Person person(
            String state,
            List<String> nationalities,
            String language,
            List<String> languages,
            String born) {
        return new Person(state, nationalities, language, languages, born);
    }

    @Test
    void travelDocumentCodesAndIsoCodesAreAccepted() {
        assertEquals(
                List.of(),
                RequestValidation.errorsOf(
                        person(
                                "D",
                                List.of("DEU", "D", "XXA", "XXB", "XXC", "XXX"),
                                "prs",
                                List.of("prs", "tir"),
                                "2016-02-29")));
        assertEquals(List.of(), RequestValidation.errorsOf(person(null, null, null, null, null)));
    }

    @Test
    void aListNamesTheElementThatIsWrong() {
        List<FieldError> errors =
                RequestValidation.errorsOf(
                        person(
                                "SYR",
                                List.of("SYR", "syr", "YUG"),
                                "prs",
                                List.of("prs", "xyz"),
                                null));
        assertEquals(
                List.of("languages[1]", "nationalities[1]", "nationalities[2]"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(CountryCode.MESSAGE, errors.get(1).message());
        assertEquals(LanguageCode.MESSAGE, errors.get(0).message());
    }

    @Test
    void anUnknownLanguageIsRefusedByName() {
        List<FieldError> errors = RequestValidation.errorsOf(person(null, null, "xyz", null, null));
        assertEquals(List.of(new FieldError("interviewLanguage", LanguageCode.MESSAGE)), errors);
        assertTrue(
                errors.get(0).message().contains("prs Dari"), "an example an official recognises");
    }

    @Test
    void anImpossibleDateOfBirthIsRefusedAndPartialOnesAreNot() {
        for (String impossible : List.of("2016-02-30", "2016-13-01", "2015-02-29", "1990-00-00")) {
            assertEquals(
                    List.of(new FieldError("dateOfBirth", PartialDateText.MESSAGE)),
                    RequestValidation.errorsOf(person(null, null, null, null, impossible)),
                    impossible);
        }
        for (String partial : List.of("1990", "1990-06", "2016-02-29")) {
            assertEquals(
                    List.of(),
                    RequestValidation.errorsOf(person(null, null, null, null, partial)),
                    partial);
        }
    }

    @Test
    void aLowerCaseCountryIsRefusedNotGuessed() {
        assertEquals(
                List.of(new FieldError("issuingState", CountryCode.MESSAGE)),
                RequestValidation.errorsOf(person("deu", null, null, null, null)));
    }
}
