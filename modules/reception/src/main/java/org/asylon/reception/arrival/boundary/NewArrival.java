package org.asylon.reception.arrival.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.reception.arrival.control.WalkIn;

/** A person walking in without passing a border post. */
public record NewArrival(
        @Size(max = 200) String surname,
        @Size(max = 200) String givenNames,
        @Size(max = 400) String originalScriptName,
        @PartialDateText String dateOfBirth,
        /* the date of birth is the officer's estimate (then required): it is not taken as a fact */
        Boolean dateOfBirthEstimated,
        @Pattern(regexp = "[FMX]", message = "must be F, M or X") String sex,
        @Size(max = 5)
                List<@NotNull(message = "a country code, not null") @CountryCode String>
                        nationalities,
        @Size(max = 10) List<@LanguageCode String> languages,
        Boolean unaccompaniedChild,
        Boolean asylumRequested,
        /* needs disclosed at the desk, codes of the suite's set (e.g. LP-TP, SC-UC) or former ones: places depend on them */
        @Size(max = 20)
                List<
                                @Pattern(
                                        regexp = "[A-Z][A-Z_-]{0,59}",
                                        message = "must be a specific-needs code")
                                String>
                        specificNeeds) {

    WalkIn toWalkIn() {
        return new WalkIn(
                surname,
                givenNames,
                originalScriptName,
                dateOfBirth,
                Boolean.TRUE.equals(dateOfBirthEstimated),
                sex,
                nationalities,
                languages,
                Boolean.TRUE.equals(unaccompaniedChild),
                Boolean.TRUE.equals(asylumRequested),
                specificNeeds);
    }
}
