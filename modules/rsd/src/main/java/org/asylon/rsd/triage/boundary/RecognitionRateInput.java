package org.asylon.rsd.triage.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A nationality's first-instance recognition rate with the period it covers, its source and date.
 */
public record RecognitionRateInput(
        @NotNull(message = "the rate in percent, 0 to 100") BigDecimal ratePercent,
        @NotBlank(message = "the period the rate covers, e.g. 2025 or 2025-Q4") @Size(max = 40)
                String period,
        @NotBlank(message = "where the rate comes from (publication, table, address)")
                @Size(max = 1000)
                String source,
        @NotNull(message = "the date of the figure (YYYY-MM-DD)") LocalDate asOf) {}
