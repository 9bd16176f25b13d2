package org.asylon.reception.arrival.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A person walking in without passing a border post. */
public record NewArrival(
        @Size(max = 200) String surname,
        @Size(max = 200) String givenNames,
        @Size(max = 400) String originalScriptName,
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String dateOfBirth,
        @Pattern(regexp = "[FMX]", message = "must be F, M or X") String sex,
        @Size(max = 5) List<@Pattern(regexp = "[A-Z]{1,3}", message = "must be an ISO 3166-1 alpha-3 or ICAO code") String> nationalities,
        @Size(max = 10) List<@Pattern(regexp = "[a-z]{3}", message = "must be an ISO 639-3 code") String> languages,
        Boolean unaccompaniedChild,
        Boolean asylumRequested,
        /* needs disclosed at the desk (e.g. POSSIBLE_VICTIM_OF_TRAFFICKING): accommodation depends on them */
        @Size(max = 20) List<@Pattern(regexp = "[A-Z_]{1,60}", message = "must be a specific-needs category code") String> specificNeeds) {
}
