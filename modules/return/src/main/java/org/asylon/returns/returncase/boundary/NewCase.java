package org.asylon.returns.returncase.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase.Links;
import org.asylon.returns.returncase.entity.ReturnCase.Person;

/**
 * A case opened at the desk: a person staying irregularly outside any asylum procedure ({@code
 * DESK}), or a transfer under a readmission request ({@code READMISSION}), with the upstream
 * records that identify the person where they are known.
 */
public record NewCase(
        @NotNull(message = "DESK or READMISSION") CaseOrigin origin,
        @Size(max = 200) String originReference,
        @Size(max = 200) String surname,
        @Size(max = 200) String givenNames,
        @Size(max = 400) String originalScriptName,
        @PartialDateText String dateOfBirth,
        @Pattern(regexp = "[FMX]", message = "must be F, M or X") String sex,
        @Size(max = 10)
                List<@NotNull(message = "a country code, not null") @CountryCode String>
                        nationalities,
        Boolean unaccompaniedChild,
        @Pattern(regexp = "[0-9a-f-]{36}", message = "must be an RSD application id")
                String rsdApplicationId,
        @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a reception arrival id")
                String sourceArrivalId,
        @Pattern(regexp = "[0-9a-f-]{36}", message = "must be a border encounter id")
                String sourceEncounterId) {

    Person person() {
        return new Person(
                blankToNull(surname),
                blankToNull(givenNames),
                blankToNull(originalScriptName),
                dateOfBirth,
                sex,
                nationalities == null ? List.of() : nationalities,
                Boolean.TRUE.equals(unaccompaniedChild));
    }

    Links links() {
        return new Links(rsdApplicationId, sourceArrivalId, sourceEncounterId);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
