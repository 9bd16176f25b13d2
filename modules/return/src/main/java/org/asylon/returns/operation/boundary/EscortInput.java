package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.returns.operation.entity.Escort;
import org.asylon.returns.operation.entity.EscortFunction;

/** One escort: the user name of a member of the operations staff, and their function. */
public record EscortInput(
        @NotBlank(message = "is required: the escort's user name") @Size(max = 100) String userName,
        @NotNull(message = "is required: TEAM_LEADER, ESCORT, MEDICAL or INTERPRETER")
                EscortFunction function) {

    Escort toEscort() {
        return new Escort(userName.trim(), function);
    }
}
