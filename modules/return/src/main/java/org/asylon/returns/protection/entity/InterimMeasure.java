package org.asylon.returns.protection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * A stay of removal ordered by a court or a treaty body (e.g. an interim measure of a human rights
 * court or committee): in force from when it was ordered until the date it names, or until it is
 * lifted by the body that ordered it.
 */
@Entity
@Table(name = "interim_measure")
public class InterimMeasure {

    @Id private String id;

    @Version private long version;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    /** The court or treaty body, as it names itself. */
    @Column(name = "ordering_body", nullable = false)
    private String body;

    @Column(name = "reference", nullable = false)
    private String reference;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    /** The end the order itself gives, if any. */
    @Column(name = "in_force_until")
    private Instant until;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifting_reference")
    private String liftingReference;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "lifted_by")
    private String liftedBy;

    protected InterimMeasure() {}

    public InterimMeasure(
            String caseId,
            String body,
            String reference,
            Instant orderedAt,
            Instant until,
            String by,
            Instant at) {
        if (until != null && !until.isAfter(orderedAt)) {
            throw ProblemException.invalidField("until", "must be after orderedAt");
        }
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.body = body;
        this.reference = reference;
        this.orderedAt = orderedAt;
        this.until = until;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /**
     * Whether the measure stays removal at this moment: from its order, or from when it was
     * recorded if the order is dated ahead of the server's clock.
     */
    public boolean inForceAt(Instant at) {
        Instant from = orderedAt.isAfter(recordedAt) ? recordedAt : orderedAt;
        return !at.isBefore(from)
                && (until == null || at.isBefore(until))
                && (liftedAt == null || at.isBefore(liftedAt));
    }

    /**
     * Records that the body lifted the measure.
     *
     * @throws ProblemException 409 when it was lifted already
     */
    public void lift(String reference, Instant liftedAt, String by) {
        if (this.liftedAt != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The interim measure was lifted on " + this.liftedAt);
        }
        if (liftedAt.isBefore(orderedAt)) {
            throw ProblemException.invalidField("liftedAt", "must not be before the order");
        }
        this.liftingReference = reference;
        this.liftedAt = liftedAt;
        this.liftedBy = by;
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

    public String body() {
        return body;
    }

    public String reference() {
        return reference;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public Instant until() {
        return until;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftingReference() {
        return liftingReference;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String liftedBy() {
        return liftedBy;
    }
}
