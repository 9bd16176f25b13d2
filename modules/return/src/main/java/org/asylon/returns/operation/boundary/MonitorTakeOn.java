package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A forced-return monitor takes the operation on, for their monitoring body. */
public record MonitorTakeOn(
        @NotBlank(message = "is required: the monitoring body you monitor for") @Size(max = 200)
                String organisation) {}
