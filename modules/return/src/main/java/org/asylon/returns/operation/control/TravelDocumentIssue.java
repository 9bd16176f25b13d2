package org.asylon.returns.operation.control;

import java.time.LocalDate;

/**
 * The consulate's answer: the document issued.
 *
 * @param validFrom null: the day of issue
 */
public record TravelDocumentIssue(
        String documentNumber, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil) {}
