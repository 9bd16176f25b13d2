package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A travel or identity document the person showed. An expired document is flagged, never a reason
 * to refuse a record: people fleeing rarely renew passports.
 */
@Embeddable
public class TravelDocument {

    @Column(name = "document_code")
    private String documentCode;

    @Column(name = "document_number", nullable = false)
    private String number;

    @Column(name = "issuing_state")
    private String issuingState;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "expired")
    private boolean expired;

    /** Whether every MRZ check digit passed (null when the document was typed in, not read). */
    @Column(name = "mrz_valid")
    private Boolean mrzValid;

    @Column(name = "mrz_summary", length = 1000)
    private String mrzSummary;

    protected TravelDocument() {}

    public TravelDocument(
            String documentCode,
            String number,
            String issuingState,
            LocalDate expiryDate,
            LocalDate today,
            Boolean mrzValid,
            String mrzSummary) {
        this.documentCode = documentCode;
        this.number = number;
        this.issuingState = issuingState;
        this.expiryDate = expiryDate;
        this.expired = expiryDate != null && expiryDate.isBefore(today);
        this.mrzValid = mrzValid;
        this.mrzSummary = mrzSummary;
    }

    public String documentCode() {
        return documentCode;
    }

    public String number() {
        return number;
    }

    public String issuingState() {
        return issuingState;
    }

    public LocalDate expiryDate() {
        return expiryDate;
    }

    public boolean expired() {
        return expired;
    }

    public Boolean mrzValid() {
        return mrzValid;
    }

    public String mrzSummary() {
        return mrzSummary;
    }
}
