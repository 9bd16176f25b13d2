package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document the applicant submitted at the interview, and what the officer did with it. */
public record SubmittedDocument(
        @NotBlank(message = "is required, e.g. passport, arrest warrant, medical report")
                @Size(max = 100)
                String type,
        @Size(max = 100) String number,
        boolean originalSeen,
        boolean copyKept,
        @Size(max = 1000) String note) {}
