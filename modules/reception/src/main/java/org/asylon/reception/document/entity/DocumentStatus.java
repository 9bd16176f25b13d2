package org.asylon.reception.document.entity;

/**
 * What a document is worth on a given day. VALID and EXPIRED are never stored: they follow from the
 * validity date and the day asked about, so no nightly job has to flip them.
 */
public enum DocumentStatus {
    VALID,
    EXPIRED,
    REVOKED,
    REPLACED
}
