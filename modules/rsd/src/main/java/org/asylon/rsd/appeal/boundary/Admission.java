package org.asylon.rsd.appeal.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whether the appeal body admits a late appeal out of time, and why. */
public record Admission(
        @NotNull(message = "is required: true admits the appeal out of time") Boolean admitted,
        @Size(max = 200000, message = "must be at most 200000 characters") String reasons) {}
