package org.asylon.returns.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An extension of the period for voluntary departure, with the circumstances of the individual case
 * it rests on (Return Directive 2008/115/EC, Art 7(2), in the EU profile) and the reasons.
 */
@Entity
@Table(name = "return_departure_extension")
public class DepartureExtension {

    @Id private String id;

    @Column(name = "decision_id", nullable = false)
    private String decisionId;

    @Column(name = "days", nullable = false)
    private int days;

    /** Comma-separated codes of return.voluntary-departure.extension-circumstances. */
    @Column(name = "circumstances", nullable = false)
    private String circumstances;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    /** The last day of the period after the extension, if the decision was notified. */
    @Column(name = "last_day_after")
    private LocalDate lastDayAfter;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected DepartureExtension() {}

    DepartureExtension(
            ReturnDecision decision,
            int days,
            List<String> circumstances,
            String reasons,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.decisionId = decision.id();
        this.days = days;
        this.circumstances = VoluntaryDeparture.csv(circumstances);
        this.reasons = reasons;
        this.lastDayAfter = decision.voluntaryDeparture().lastDay();
        this.grantedBy = by;
        this.grantedAt = at;
    }

    public String id() {
        return id;
    }

    public String decisionId() {
        return decisionId;
    }

    public int days() {
        return days;
    }

    public List<String> circumstances() {
        return VoluntaryDeparture.codes(circumstances);
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate lastDayAfter() {
        return lastDayAfter;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
