package org.asylon.returns.operation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * What a partner or a monitor learnt of the person after a removal (10-Point Plan (2007), point 9:
 * post-return monitoring). Kept as reported; a later contact is a new report.
 */
@Entity
@Table(name = "post_return_report")
public class PostReturnReport {

    @Id private String id;

    @Column(name = "operation_id", nullable = false)
    private String operationId;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reported_as", nullable = false)
    private ReporterKind reportedAs;

    @Column(name = "organisation", nullable = false)
    private String organisation;

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact", nullable = false)
    private ContactOutcome contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "concern", nullable = false)
    private PostReturnConcern concern;

    @Lob
    @Column(name = "note")
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected PostReturnReport() {}

    /**
     * @throws org.asylon.kernel.problem.ProblemException 409 when the operation was not carried
     *     out; naming {@code contactOn} when the contact is dated before the removal or after today
     */
    public PostReturnReport(
            ReturnOperation operation,
            ReporterKind reportedAs,
            String organisation,
            LocalDate contactOn,
            LocalDate removedOn,
            LocalDate today,
            ContactOutcome contact,
            PostReturnConcern concern,
            String note,
            String by,
            Instant now) {
        if (operation.status() != OperationStatus.EXECUTED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Return operation "
                            + operation.id()
                            + " has not been carried out ("
                            + operation.status()
                            + "): there is nothing to report after return yet.");
        }
        if (contactOn.isAfter(today)) {
            throw ProblemException.invalidField("contactOn", "cannot be after today");
        }
        if (contactOn.isBefore(removedOn)) {
            throw ProblemException.invalidField("contactOn", "before the removal, " + removedOn);
        }
        this.id = UUID.randomUUID().toString();
        this.operationId = operation.id();
        this.caseId = operation.caseId();
        this.reportedAs = reportedAs;
        this.organisation = organisation;
        this.contactOn = contactOn;
        this.contact = contact;
        this.concern = concern;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public String id() {
        return id;
    }

    public String operationId() {
        return operationId;
    }

    public String caseId() {
        return caseId;
    }

    public ReporterKind reportedAs() {
        return reportedAs;
    }

    public String organisation() {
        return organisation;
    }

    public LocalDate contactOn() {
        return contactOn;
    }

    public ContactOutcome contact() {
        return contact;
    }

    public PostReturnConcern concern() {
        return concern;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
