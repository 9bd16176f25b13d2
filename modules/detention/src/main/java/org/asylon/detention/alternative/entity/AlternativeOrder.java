package org.asylon.detention.alternative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * An alternative to detention ordered for a person (UNHCR Detention Guideline 4.3, Annex A): the
 * aggregate root of the alternative component. Its conditions and compliance are facts about it; a
 * breach changes nothing here — whether to detain is a new decision with its own order.
 */
@Entity
@Table(name = "alternative_order")
public class AlternativeOrder {

    @Id private String id;

    @Version private long version;

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "conditions", nullable = false)
    private String conditions;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    /** ISO 8601 duration between two reports (P7D, PT48H), for reporting. */
    @Column(name = "reporting_interval")
    private String reportingInterval;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AlternativeStatus status;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    @Column(name = "ordered_by", nullable = false)
    private String orderedBy;

    protected AlternativeOrder() {}

    public AlternativeOrder(
            String personId,
            String code,
            String conditions,
            Instant startsAt,
            Instant endsAt,
            String reportingInterval,
            String orderedBy,
            Instant orderedAt) {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        this.id = UUID.randomUUID().toString();
        this.personId = personId;
        this.code = code;
        this.conditions = conditions;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reportingInterval = reportingInterval;
        this.status = AlternativeStatus.ACTIVE;
        this.orderedBy = orderedBy;
        this.orderedAt = orderedAt;
    }

    /**
     * A compliance record for an occasion within the alternative's time (a breach changes nothing
     * else).
     */
    public ComplianceRecord record(
            ComplianceKind kind, Instant at, String note, String by, Instant now) {
        if (at.isBefore(startsAt)) {
            throw ProblemException.invalidField(
                    "at", "before the alternative started, " + startsAt);
        }
        if (endedAt != null && at.isAfter(endedAt)) {
            throw ProblemException.invalidField("at", "after the alternative ended, " + endedAt);
        }
        return new ComplianceRecord(id, kind, at, note, by, now);
    }

    public void end(Instant at, String by) {
        if (status == AlternativeStatus.ENDED) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The alternative ended on " + endedAt + ".");
        }
        if (at.isBefore(startsAt)) {
            throw ProblemException.invalidField(
                    "at", "before the alternative started, " + startsAt);
        }
        this.status = AlternativeStatus.ENDED;
        this.endedAt = at;
        this.endedBy = by;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String personId() {
        return personId;
    }

    public String code() {
        return code;
    }

    public String conditions() {
        return conditions;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String reportingInterval() {
        return reportingInterval;
    }

    public AlternativeStatus status() {
        return status;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public String orderedBy() {
        return orderedBy;
    }
}
