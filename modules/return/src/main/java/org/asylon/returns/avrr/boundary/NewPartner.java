package org.asylon.returns.avrr.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * An AVRR partner to register, in the shape reception uses: {@code purposes} maps {@code
 * ASSISTED_VOLUNTARY_RETURN} to the fields it may receive (e.g. {@code ["NAMES","DATE_OF_BIRTH"]});
 * {@code users} are the user names of its accounts (role {@code partner}).
 */
public record NewPartner(
        @NotBlank(message = "give the partner's name") @Size(max = 200) String name,
        @NotEmpty(message = "give ASSISTED_VOLUNTARY_RETURN with its fields")
                Map<String, List<String>> purposes,
        @Size(max = 100) List<@Size(max = 100) String> users) {}
