package org.asylon.readmission.request.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the partner should reconsider its refusal; the reasons leave the state. */
public record NewReExamination(@NotBlank @Size(max = 2000) String reasons) {}
