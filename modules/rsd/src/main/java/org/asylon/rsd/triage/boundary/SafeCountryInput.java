package org.asylon.rsd.triage.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A safe-country-of-origin designation: the designating act, its source and date. */
public record SafeCountryInput(
        @NotBlank(
                        message =
                                "the designating act, e.g. the national list or the Union list and its article")
                @Size(max = 400)
                String basis,
        @NotBlank(message = "where the designation is published") @Size(max = 1000) String source,
        @NotNull(message = "the date of the designation (YYYY-MM-DD)") LocalDate designatedOn) {}
