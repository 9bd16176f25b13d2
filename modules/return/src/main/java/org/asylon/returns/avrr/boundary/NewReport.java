package org.asylon.returns.avrr.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.returns.avrr.entity.ReportKind;

/**
 * A partner's report after the departure: what kind, the day it concerns ({@code occurredOn}
 * absent: today) and the partner's notes, which stay with the partner and the return officers.
 */
public record NewReport(
        @NotNull(message = "give the kind, e.g. ARRIVAL_RECEPTION") ReportKind kind,
        LocalDate occurredOn,
        @Size(max = 4000) String notes) {}
