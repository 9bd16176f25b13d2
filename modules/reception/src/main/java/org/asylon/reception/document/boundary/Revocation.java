package org.asylon.reception.document.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a document is revoked: required, because a revocation must be explainable to the person. */
public record Revocation(
        @NotBlank(message = "give the reason for the revocation") @Size(max = 1000)
                String reason) {}
