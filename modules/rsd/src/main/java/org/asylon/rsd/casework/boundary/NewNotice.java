package org.asylon.rsd.casework.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.asylon.rsd.casework.entity.Delivery;

/** That the appointment notice was given: how, and the language it was explained in (default: the interview's). */
public record NewNotice(
        @NotNull(message = "is required: IN_PERSON, READ_OUT_BY_INTERPRETER, POST, EMAIL, TO_REPRESENTATIVE or "
                + "VIA_RECEPTION_FACILITY") Delivery delivery,
        @Pattern(regexp = "[a-z]{3}", message = "use an ISO 639-3 code") String language) {
}
