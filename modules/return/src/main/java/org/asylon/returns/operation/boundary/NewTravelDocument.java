package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.kernel.code.CountryCode;
import org.asylon.returns.operation.control.TravelDocumentRequest;
import org.asylon.returns.operation.entity.TravelDocumentKind;

/** A request for a travel document sent to a consulate ({@code requestedOn} absent: today). */
public record NewTravelDocument(
        @NotNull(message = "is required: LAISSEZ_PASSER or PASSPORT") TravelDocumentKind kind,
        @NotBlank(message = "is required: the state whose consulate issues the document")
                @CountryCode
                String issuingCountry,
        @NotBlank(message = "is required: the consular post asked") @Size(max = 200)
                String authority,
        @Size(max = 100) String requestReference,
        LocalDate requestedOn) {

    TravelDocumentRequest toRequest() {
        return new TravelDocumentRequest(
                kind,
                issuingCountry.trim(),
                authority.trim(),
                requestReference == null || requestReference.isBlank()
                        ? null
                        : requestReference.trim(),
                requestedOn);
    }
}
