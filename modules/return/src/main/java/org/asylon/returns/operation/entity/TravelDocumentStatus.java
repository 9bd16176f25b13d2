package org.asylon.returns.operation.entity;

/** Where a request for a travel document stands. */
public enum TravelDocumentStatus {
    /** Sent to the consulate; no answer recorded yet. */
    REQUESTED,
    /** The consulate issued the document, with its validity. */
    ISSUED,
    /** The consulate refused to issue it. */
    REFUSED
}
