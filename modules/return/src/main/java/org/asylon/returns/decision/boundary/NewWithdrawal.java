package org.asylon.returns.decision.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The authority's withdrawal of a return decision. */
public record NewWithdrawal(
        @NotBlank(message = "is required: why the decision is withdrawn") @Size(max = 8000)
                String reasons) {}
