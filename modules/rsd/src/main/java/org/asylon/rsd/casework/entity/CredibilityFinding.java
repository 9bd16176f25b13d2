package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The credibility finding on one material fact of the interview records, with its reasoning. */
public record CredibilityFinding(
        @NotBlank(message = "name the material fact (its id in an interview record)") String factId,
        @NotNull(message = "use ACCEPTED, REJECTED or BENEFIT_OF_THE_DOUBT") Finding finding,
        @NotBlank(message = "give the reasoning") @Size(max = 20000) String reasoning) {

    public enum Finding {
        ACCEPTED,
        REJECTED,
        /**
         * Not established by evidence, but accepted giving the applicant the benefit of the doubt.
         */
        BENEFIT_OF_THE_DOUBT
    }
}
