package org.asylon.entry.document.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The MRZ as scanned, lines separated by new lines. */
@Schema(example = "{\"mrz\":\"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\"}")
public record MrzText(@NotBlank(message = "send the MRZ text") @Size(max = 200) String mrz) {
}
