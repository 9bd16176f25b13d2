package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.entry.encounter.entity.OutcomeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome to decide; a refusal names a ground of the active legal profile. */
@Schema(example = "{\"outcome\":\"REFERRED_TO_ASYLUM_PROCEDURE\",\"note\":\"asked for asylum on arrival\"}")
public record OutcomeInput(
        @NotNull(message = "choose the outcome") OutcomeKind outcome,
        @Size(max = 100) String refusalGround,
        @Size(max = 2000) String note) {
}
