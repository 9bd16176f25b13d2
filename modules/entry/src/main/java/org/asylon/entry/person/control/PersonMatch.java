package org.asylon.entry.person.control;

import java.util.List;

/**
 * A candidate that may be the probed person.
 *
 * @param candidateId the candidate's id
 * @param score 0..1, name score times the date and nationality factors
 * @param reasons human-readable, for the official who decides
 * @param name the name comparison
 * @param birthDate the birth date comparison
 * @param nationality the nationality comparison
 */
public record PersonMatch(
        String candidateId,
        double score,
        List<String> reasons,
        NameSimilarity.Result name,
        BirthDateCompatibility.Result birthDate,
        NationalityCompatibility.Result nationality) {

    public PersonMatch {
        reasons = List.copyOf(reasons);
    }
}
