package org.asylon.entry.encounter.control;

import java.util.List;
import org.asylon.entry.encounter.entity.Sex;
import org.asylon.entry.person.entity.PartialDate;

/**
 * The person as the officer registers them: names as in the document and as stated, the original
 * script, a date of birth that may be partial or estimated. What is missing may still be read from
 * a scanned document.
 */
public record PersonFacts(
        String documentSurname,
        String documentGivenNames,
        String statedSurname,
        String statedGivenNames,
        String originalScriptName,
        PartialDate dateOfBirth,
        Sex sex,
        String placeOfBirth,
        List<String> nationalities,
        List<String> languages) {

    public PersonFacts {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
