package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.entry.encounter.control.OutcomeDecision;
import org.asylon.entry.encounter.entity.OutcomeKind;

/** A supervisor's revision of the outcome: the new outcome, as decided, and the written reasons. */
public record OutcomeRevisionInput(
        @NotNull(message = "choose the revised outcome") OutcomeKind outcome,
        @Size(max = 100) String refusalGround,
        @Size(max = 2000) String note,
        @Size(max = 2000) String detentionReasons,
        @NotBlank(message = "give the written reasons for revising the outcome") @Size(max = 2000)
                String reasons) {

    OutcomeDecision toDecision() {
        return new OutcomeDecision(outcome, refusalGround, note, detentionReasons);
    }
}
