package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.returns.operation.entity.RefusalReason;

/** The consulate refused the document ({@code refusedOn} absent: today). */
public record TravelDocumentRefusal(
        @NotNull(
                        message =
                                "is required: NATIONALITY_NOT_ESTABLISHED, IDENTITY_NOT_ESTABLISHED,"
                                        + " NO_REASON_GIVEN or OTHER")
                RefusalReason reason,
        @Size(max = 4000) String note,
        LocalDate refusedOn) {}
