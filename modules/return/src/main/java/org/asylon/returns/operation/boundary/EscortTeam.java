package org.asylon.returns.operation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.returns.operation.entity.Escort;

/** The escort team, replacing the one before (an empty list: no escorts named). */
public record EscortTeam(
        @NotNull(message = "is required: the escorts, possibly none") @Size(max = 20)
                List<@Valid @NotNull EscortInput> escorts) {

    List<Escort> toEscorts() {
        return escorts.stream().map(EscortInput::toEscort).toList();
    }
}
