package org.asylon.returns.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The person's departure on their own, confirmed after the gate let it through: when, where to, on
 * what evidence, and whether within the period for voluntary departure.
 */
@Embeddable
public class Departure {

    @Column(name = "departed_at")
    private Instant departedAt;

    @Column(name = "departure_destination")
    private String destination;

    @Enumerated(EnumType.STRING)
    @Column(name = "departure_evidence")
    private DepartureEvidence evidence;

    @Column(name = "departure_crossing_point")
    private String crossingPoint;

    @Column(name = "departure_check_id")
    private String gateCheckId;

    @Column(name = "departure_within_period")
    private Boolean withinPeriod;

    @Column(name = "departure_recorded_by")
    private String recordedBy;

    @Column(name = "departure_recorded_at")
    private Instant recordedAt;

    protected Departure() {}

    Departure(
            Instant departedAt,
            String destination,
            DepartureEvidence evidence,
            String crossingPoint,
            String gateCheckId,
            boolean withinPeriod,
            String recordedBy,
            Instant recordedAt) {
        this.departedAt = departedAt;
        this.destination = destination;
        this.evidence = evidence;
        this.crossingPoint = crossingPoint;
        this.gateCheckId = gateCheckId;
        this.withinPeriod = withinPeriod;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Instant departedAt() {
        return departedAt;
    }

    public String destination() {
        return destination;
    }

    public DepartureEvidence evidence() {
        return evidence;
    }

    public String crossingPoint() {
        return crossingPoint;
    }

    public String gateCheckId() {
        return gateCheckId;
    }

    public boolean withinPeriod() {
        return Boolean.TRUE.equals(withinPeriod);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
