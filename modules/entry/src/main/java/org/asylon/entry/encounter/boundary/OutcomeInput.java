package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.entry.encounter.control.OutcomeDecision;
import org.asylon.entry.encounter.entity.OutcomeKind;

/**
 * The outcome to decide; a refusal names a ground of the active legal profile, a handover of a
 * child to detention (where the profile allows it as a last resort) the reasons for it.
 */
public record OutcomeInput(
        @NotNull(message = "choose the outcome") OutcomeKind outcome,
        @Size(max = 100) String refusalGround,
        @Size(max = 2000) String note,
        @Size(max = 2000) String detentionReasons) {

    OutcomeDecision toDecision() {
        return new OutcomeDecision(outcome, refusalGround, note, detentionReasons);
    }
}
