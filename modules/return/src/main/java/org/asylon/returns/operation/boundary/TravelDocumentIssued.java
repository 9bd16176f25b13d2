package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.returns.operation.control.TravelDocumentIssue;

/** The consulate issued the document ({@code validFrom} absent: the day of issue). */
public record TravelDocumentIssued(
        @NotBlank(message = "is required: the number printed on the document") @Size(max = 50)
                String documentNumber,
        @NotNull(message = "is required: the day the consulate issued it") LocalDate issuedOn,
        LocalDate validFrom,
        @NotNull(message = "is required: the last day the document is valid")
                LocalDate validUntil) {

    TravelDocumentIssue toIssue() {
        return new TravelDocumentIssue(documentNumber.trim(), issuedOn, validFrom, validUntil);
    }
}
