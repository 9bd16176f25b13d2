package org.asylon.returns.operation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * A travel document requested for a return case from the consulate of the country of return: the
 * aggregate root of the document. It is answered once, issued with its validity or refused; a
 * refused or expired document is followed by a new request, never rewritten.
 */
@Entity
@Table(name = "travel_document")
public class TravelDocument {

    @Id private String id;

    @Version private long version;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private TravelDocumentKind kind;

    /** The state whose consulate issues the document (ISO 3166-1 alpha-3). */
    @Column(name = "issuing_country", nullable = false)
    private String issuingCountry;

    /** The consular post asked, e.g. "Consulate General of Iraq, Rome". */
    @Column(name = "authority", nullable = false)
    private String authority;

    /** The reference of the request letter or note verbale. */
    @Column(name = "request_reference")
    private String requestReference;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TravelDocumentStatus status;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason")
    private RefusalReason refusalReason;

    @Lob
    @Column(name = "refusal_note")
    private String refusalNote;

    @Column(name = "refused_on")
    private LocalDate refusedOn;

    @Column(name = "answer_recorded_at")
    private Instant answerRecordedAt;

    @Column(name = "answer_recorded_by")
    private String answerRecordedBy;

    protected TravelDocument() {}

    /**
     * @throws ProblemException naming {@code issuingCountry} when it names no state, {@code
     *     requestedOn} when the request is dated after today
     */
    public TravelDocument(
            String caseId,
            TravelDocumentKind kind,
            String issuingCountry,
            String authority,
            String requestReference,
            LocalDate requestedOn,
            LocalDate today,
            String by,
            Instant at) {
        ReturnOperation.requireState("issuingCountry", issuingCountry);
        if (requestedOn.isAfter(today)) {
            throw ProblemException.invalidField("requestedOn", "cannot be after today");
        }
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.kind = kind;
        this.issuingCountry = issuingCountry;
        this.authority = authority;
        this.requestReference = requestReference;
        this.requestedOn = requestedOn;
        this.requestedAt = at;
        this.requestedBy = by;
        this.status = TravelDocumentStatus.REQUESTED;
    }

    /**
     * The consulate issued the document.
     *
     * @param validFrom the first day it is valid; null: the day of issue
     * @throws ProblemException 409 when the request was already answered; naming the field when the
     *     dates do not hold together (issued before it was requested or after today, valid until a
     *     day before it is valid from)
     */
    public void issue(
            String number,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validUntil,
            LocalDate today,
            String by,
            Instant at) {
        requireRequested();
        if (issuedOn.isAfter(today)) {
            throw ProblemException.invalidField("issuedOn", "cannot be after today");
        }
        if (issuedOn.isBefore(requestedOn)) {
            throw ProblemException.invalidField(
                    "issuedOn", "before the document was requested, " + requestedOn);
        }
        LocalDate from = validFrom == null ? issuedOn : validFrom;
        if (validUntil.isBefore(from)) {
            throw ProblemException.invalidField(
                    "validUntil", "before the document becomes valid, " + from);
        }
        this.status = TravelDocumentStatus.ISSUED;
        this.documentNumber = number;
        this.issuedOn = issuedOn;
        this.validFrom = from;
        this.validUntil = validUntil;
        this.answerRecordedBy = by;
        this.answerRecordedAt = at;
    }

    /**
     * The consulate refused the document.
     *
     * @throws ProblemException 409 when the request was already answered; naming {@code refusedOn}
     *     when it is after today or before the request
     */
    public void refuse(
            RefusalReason reason,
            String note,
            LocalDate refusedOn,
            LocalDate today,
            String by,
            Instant at) {
        requireRequested();
        if (refusedOn.isAfter(today)) {
            throw ProblemException.invalidField("refusedOn", "cannot be after today");
        }
        if (refusedOn.isBefore(requestedOn)) {
            throw ProblemException.invalidField(
                    "refusedOn", "before the document was requested, " + requestedOn);
        }
        this.status = TravelDocumentStatus.REFUSED;
        this.refusalReason = reason;
        this.refusalNote = note;
        this.refusedOn = refusedOn;
        this.answerRecordedBy = by;
        this.answerRecordedAt = at;
    }

    /** Whether the person can travel on it on the given day: issued, and valid that day. */
    public boolean validOn(LocalDate day) {
        return status == TravelDocumentStatus.ISSUED
                && !day.isBefore(validFrom)
                && !day.isAfter(validUntil);
    }

    private void requireRequested() {
        if (status != TravelDocumentStatus.REQUESTED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The request for this travel document was already answered ("
                            + status
                            + "); make a new request instead.");
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String caseId() {
        return caseId;
    }

    public TravelDocumentKind kind() {
        return kind;
    }

    public String issuingCountry() {
        return issuingCountry;
    }

    public String authority() {
        return authority;
    }

    public String requestReference() {
        return requestReference;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public TravelDocumentStatus status() {
        return status;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public RefusalReason refusalReason() {
        return refusalReason;
    }

    public String refusalNote() {
        return refusalNote;
    }

    public LocalDate refusedOn() {
        return refusedOn;
    }

    public Instant answerRecordedAt() {
        return answerRecordedAt;
    }

    public String answerRecordedBy() {
        return answerRecordedBy;
    }
}
