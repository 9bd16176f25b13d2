package org.asylon.kernel.partner;

import java.util.List;

/**
 * Everything about a person that a referral can ever carry to a partner, as the referring module
 * knows it. A module fills it from its own record (reception from the arrival, return from the
 * case); what is not here — a claim, an assessment, a reason, anything the person said in an
 * interview — cannot reach a partner through a referral, whatever a purpose allows. Unknown values
 * are null or empty.
 */
public record PersonFacts(
        String surname,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        String sex,
        List<String> nationalities,
        List<String> languages,
        List<String> specificNeeds,
        boolean unaccompaniedChild) {

    public PersonFacts {
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        languages = languages == null ? List.of() : List.copyOf(languages);
        specificNeeds = specificNeeds == null ? List.of() : List.copyOf(specificNeeds);
    }
}
