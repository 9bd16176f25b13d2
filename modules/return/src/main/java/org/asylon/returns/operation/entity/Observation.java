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
import org.asylon.kernel.problem.ProblemException;

/**
 * What a forced-return monitor saw on an operation, as they wrote it. It has no version and no
 * method that changes it: nobody rewrites or deletes it ({@link OperationRules#RECORDS_KEPT}); its
 * author corrects it with an {@link ObservationAmendment} kept beside it.
 */
@Entity
@Table(name = "operation_observation")
public class Observation {

    @Id private String id;

    @Column(name = "operation_id", nullable = false)
    private String operationId;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private ObservationPhase phase;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    /** Whether the monitor raises a concern (ill-treatment, force, a need not met, ...). */
    @Column(name = "concern", nullable = false)
    private boolean concern;

    @Lob
    @Column(name = "observation", nullable = false)
    private String text;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Observation() {}

    /**
     * @throws org.asylon.kernel.problem.ProblemException naming {@code observedAt} when it is after
     *     now
     */
    public Observation(
            ReturnOperation operation,
            ObservationPhase phase,
            Instant observedAt,
            boolean concern,
            String text,
            String by,
            Instant now) {
        if (observedAt.isAfter(now)) {
            throw ProblemException.invalidField("observedAt", "cannot be in the future");
        }
        this.id = UUID.randomUUID().toString();
        this.operationId = operation.id();
        this.caseId = operation.caseId();
        this.phase = phase;
        this.observedAt = observedAt;
        this.concern = concern;
        this.text = text;
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

    public ObservationPhase phase() {
        return phase;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public boolean concern() {
        return concern;
    }

    public String text() {
        return text;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
