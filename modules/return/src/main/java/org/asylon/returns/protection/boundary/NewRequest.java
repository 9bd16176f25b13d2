package org.asylon.returns.protection.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.CountryCode;

/** A request for protection heard by return's staff, with the countries the person fears. */
public record NewRequest(
        @NotNull(message = "when the person asked") Instant madeAt,
        @NotNull(message = "AIRPORT, BORDER, DETENTION, OFFICE, RECEPTION or OTHER")
                @Pattern(
                        regexp = "AIRPORT|BORDER|DETENTION|OFFICE|RECEPTION|OTHER",
                        message = "must be AIRPORT, BORDER, DETENTION, OFFICE, RECEPTION or OTHER")
                String where,
        @Size(max = 10)
                List<@NotNull(message = "a country code, not null") @CountryCode String>
                        fearedCountries) {}
