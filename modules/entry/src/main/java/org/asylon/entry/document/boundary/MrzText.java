package org.asylon.entry.document.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The MRZ as scanned, lines separated by new lines. */
public record MrzText(@NotBlank(message = "send the MRZ text") @Size(max = 200) String mrz) {}
