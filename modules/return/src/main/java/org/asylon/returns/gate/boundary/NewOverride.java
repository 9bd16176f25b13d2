package org.asylon.returns.gate.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.asylon.returns.gate.entity.ExecutionStep;

/** An override of one bar of the gate for one step, by a named authority with written reasons. */
public record NewOverride(
        @NotNull(message = "DEPARTURE_CONFIRMED, REMOVAL_EXECUTED or BORDER_HANDOVER")
                ExecutionStep step,
        @NotBlank(message = "the rule of the bar, e.g. return.gate.subsequent-application-pending")
                @Pattern(
                        regexp = "return\\.gate\\.[a-z-]{1,60}",
                        message = "must be a bar of the gate: return.gate.<bar>")
                String rule,
        @NotBlank(message = "the authority that decided, by office") @Size(max = 300)
                String authority,
        @Size(max = 200) String decisionReference,
        @NotBlank(message = "the written reasons")
                @Size(min = 20, max = 8000, message = "written reasons of 20 to 8000 characters")
                String reasons) {}
