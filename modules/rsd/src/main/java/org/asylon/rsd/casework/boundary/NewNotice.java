package org.asylon.rsd.casework.boundary;

import jakarta.validation.constraints.NotNull;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.rsd.casework.entity.Delivery;

/**
 * That the appointment notice was given: how, and the language it was explained in (default: the
 * interview's).
 */
public record NewNotice(
        @NotNull(
                        message =
                                "is required: IN_PERSON, READ_OUT_BY_INTERPRETER, POST, EMAIL, TO_REPRESENTATIVE or "
                                        + "VIA_RECEPTION_FACILITY")
                Delivery delivery,
        @LanguageCode String language) {}
