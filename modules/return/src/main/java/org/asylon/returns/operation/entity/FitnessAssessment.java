package org.asylon.returns.operation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A medical finding of fitness to travel for an operation, as the doctor gave it: kept, never
 * changed; a new examination is a new finding, and the latest one counts.
 */
@Entity
@Table(name = "fitness_assessment")
public class FitnessAssessment {

    @Id private String id;

    @Column(name = "operation_id", nullable = false)
    private String operationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding", nullable = false)
    private FitnessFinding finding;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    /**
     * The doctor or medical service, e.g. "Dr A. Rossi, medical service of the CPR Ponte Galeria".
     */
    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    @Column(name = "certificate_reference")
    private String certificateReference;

    @Lob
    @Column(name = "conditions")
    private String conditions;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected FitnessAssessment() {}

    FitnessAssessment(
            String operationId,
            FitnessFinding finding,
            Instant assessedAt,
            String assessedBy,
            String certificateReference,
            String conditions,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.operationId = operationId;
        this.finding = finding;
        this.assessedAt = assessedAt;
        this.assessedBy = assessedBy;
        this.certificateReference = certificateReference;
        this.conditions = conditions;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String id() {
        return id;
    }

    public String operationId() {
        return operationId;
    }

    public FitnessFinding finding() {
        return finding;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public String certificateReference() {
        return certificateReference;
    }

    public String conditions() {
        return conditions;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
