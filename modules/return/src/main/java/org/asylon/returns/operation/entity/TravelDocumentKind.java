package org.asylon.returns.operation.entity;

/** What kind of document the person will travel on. */
public enum TravelDocumentKind {
    /**
     * An emergency travel document (laissez-passer) issued by the consulate of the country of
     * return for this journey (ICAO Doc 9303 document code PL).
     */
    LAISSEZ_PASSER,
    /** A national passport, issued or renewed by the consulate of the person's country. */
    PASSPORT
}
