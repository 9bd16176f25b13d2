package org.asylon.returns.decision.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Another country of return for a decision in force, with the reasons for the change. */
public record CountryChange(
        @NotNull(message = "is required: the country the person is to return to") @Valid
                NewDecision.Country countryOfReturn,
        @NotBlank(message = "is required: why the decision names another country") @Size(max = 8000)
                String reasons) {}
