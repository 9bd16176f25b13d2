package org.asylon.readmission.partner.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.kernel.code.CountryCode;

/** A partner state to register, or its new particulars. */
public record NewPartnerState(
        @NotNull @CountryCode String country,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 500) String endpoint,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 60) String> regimes,
        Boolean active) {}
