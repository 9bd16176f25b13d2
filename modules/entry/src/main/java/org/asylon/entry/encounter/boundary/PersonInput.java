package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.util.List;
import org.asylon.entry.encounter.control.PersonFacts;
import org.asylon.entry.encounter.entity.Sex;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.kernel.problem.ProblemException;

/**
 * The person as registered: names as in the document and as stated, the original script, a date of
 * birth that may be {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} and estimated.
 */
public record PersonInput(
        @Size(max = 200) String documentSurname,
        @Size(max = 200) String documentGivenNames,
        @Size(max = 200) String statedSurname,
        @Size(max = 200) String statedGivenNames,
        @Size(max = 400) String originalScriptName,
        @PartialDateText String dateOfBirth,
        Boolean dateOfBirthEstimated,
        Sex sex,
        @Size(max = 200) String placeOfBirth,
        @Size(max = 5, message = "at most 5 nationalities")
                List<@NotNull(message = "a country code, not null") @CountryCode String>
                        nationalities,
        @Size(max = 10, message = "at most 10 languages") List<@LanguageCode String> languages) {

    public boolean isDateOfBirthEstimated() {
        return Boolean.TRUE.equals(dateOfBirthEstimated);
    }

    public List<String> nationalitiesOrEmpty() {
        return nationalities == null ? List.of() : nationalities;
    }

    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }

    PersonFacts toFacts() {
        PartialDate birth;
        try {
            birth =
                    dateOfBirth == null
                            ? null
                            : PartialDate.parse(dateOfBirth, isDateOfBirthEstimated());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProblemException.invalidField("dateOfBirth", "is not a real date");
        }
        return new PersonFacts(
                documentSurname,
                documentGivenNames,
                statedSurname,
                statedGivenNames,
                originalScriptName,
                birth,
                sex,
                placeOfBirth,
                nationalitiesOrEmpty(),
                languagesOrEmpty());
    }
}
