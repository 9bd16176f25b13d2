package org.asylon.returns.operation.control;

import java.time.LocalDate;
import org.asylon.returns.operation.entity.TravelDocumentKind;

/**
 * A request for a travel document sent to a consulate.
 *
 * @param requestedOn the day the request went out; null: today
 */
public record TravelDocumentRequest(
        TravelDocumentKind kind,
        String issuingCountry,
        String authority,
        String requestReference,
        LocalDate requestedOn) {}
