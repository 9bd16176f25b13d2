package org.asylon.detention.person.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.detention.person.control.DeskRegistration;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.PartialDateText;

/** A person registered at the detention desk. */
public record NewPerson(
        @Size(max = 200) String surname,
        @Size(max = 200) String givenNames,
        @Size(max = 400) String originalScriptName,
        @PartialDateText String dateOfBirth,
        @Pattern(regexp = "[FMX]", message = "must be F, M or X") String sex,
        @Size(max = 5)
                List<@NotNull(message = "a country code, not null") @CountryCode String>
                        nationalities,
        Boolean child,
        @Size(max = 36) String sourceEncounterId,
        @Size(max = 36) String sourceArrivalId,
        @Size(max = 36) String rsdApplicationId,
        @Valid ProtectionInput protection) {

    DeskRegistration toRegistration() {
        return new DeskRegistration(
                surname,
                givenNames,
                originalScriptName,
                dateOfBirth,
                sex,
                nationalities,
                Boolean.TRUE.equals(child),
                sourceEncounterId,
                sourceArrivalId,
                rsdApplicationId,
                protection == null ? null : protection.state(),
                protection == null ? null : protection.source());
    }
}
