package org.asylon.rsd.application.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.rsd.application.control.DeskApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.Relationship;

/**
 * An application made at the RSD desk (reception's asylum referrals arrive through its feed). A
 * dependant names the principal's application and whether they claim in their own right.
 */
public record NewApplication(
        @NotBlank(message = "is required") @Size(max = 200) String surname,
        @Size(max = 200) String givenNames,
        @Size(max = 400) String originalScriptName,
        @PartialDateText String dateOfBirth,
        @Pattern(regexp = "[FMX]", message = "use F, M or X") String sex,
        @Size(max = 5) List<@CountryCode String> nationalities,
        @Size(max = 8) List<@LanguageCode String> languages,
        @Valid InterpreterRequest interpreter,
        Boolean unaccompaniedChild,
        Boolean specialProceduralNeeds,
        /** When the person made the application; defaults to now. */
        Instant madeAt,
        /** Register at once (the desk often makes and registers in one sitting). */
        Instant registeredAt,
        @Size(max = 36) String principalId,
        Relationship relationship,
        Boolean ownClaim) {

    DeskApplication toDesk() {
        return new DeskApplication(
                new Person(
                        surname,
                        givenNames,
                        originalScriptName,
                        dateOfBirth,
                        sex,
                        nationalities,
                        languages),
                interpreter == null ? InterpreterNeeds.none() : interpreter.needs(),
                Boolean.TRUE.equals(unaccompaniedChild),
                Boolean.TRUE.equals(specialProceduralNeeds),
                madeAt,
                registeredAt,
                principalId,
                relationship,
                ownClaim == null || ownClaim);
    }

    /** Interpreter language and same-gender requests (UNHCR Procedural Standards for RSD). */
    public record InterpreterRequest(
            @LanguageCode String language,
            Boolean sameGenderInterviewer,
            Boolean sameGenderInterpreter) {

        InterpreterNeeds needs() {
            return new InterpreterNeeds(
                    language,
                    Boolean.TRUE.equals(sameGenderInterviewer),
                    Boolean.TRUE.equals(sameGenderInterpreter));
        }
    }
}
