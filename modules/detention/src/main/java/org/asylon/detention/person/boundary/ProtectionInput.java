package org.asylon.detention.person.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.detention.person.entity.ProtectionState;

/** A protection state checked at the desk, with where it came from. */
public record ProtectionInput(
        @NotNull(message = "give NONE, APPLICANT, NOT_PENDING or PROTECTED") ProtectionState state,
        @NotBlank(message = "say where the state comes from, e.g. the asylum authority's letter")
                @Size(max = 500)
                String source) {}
