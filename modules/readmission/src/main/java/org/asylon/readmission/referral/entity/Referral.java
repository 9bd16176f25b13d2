package org.asylon.readmission.referral.entity;

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
 * An inadmissibility decision of the asylum procedure on a first-country-of-asylum or
 * safe-third-country ground, as RSD's feed reports it: the country that may take the person back,
 * for the desk to ask. Only the ground, the country and the application's ids: never the decision's
 * reasons.
 */
@Entity
@Table(name = "referral")
public class Referral {

    /** Where a referral stands. */
    public enum State {
        OPEN,
        /** A request was drafted from it. */
        DRAFTED,
        /** The desk decided not to ask, with reasons. */
        DISMISSED
    }

    @Id private String id;

    @Version private long version;

    @Column(name = "decision_id", nullable = false)
    private String decisionId;

    @Column(name = "rsd_application_id", nullable = false)
    private String rsdApplicationId;

    @Column(name = "source_arrival_id")
    private String sourceArrivalId;

    /** FIRST_COUNTRY_OF_ASYLUM or SAFE_THIRD_COUNTRY, as RSD names it. */
    @Column(name = "ground", nullable = false)
    private String ground;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "dismissal_reasons", length = 2000)
    private String dismissalReasons;

    protected Referral() {}

    public Referral(
            String decisionId,
            String rsdApplicationId,
            String sourceArrivalId,
            String ground,
            String country,
            Instant decidedAt,
            Instant receivedAt) {
        this.id = UUID.randomUUID().toString();
        this.decisionId = decisionId;
        this.rsdApplicationId = rsdApplicationId;
        this.sourceArrivalId = sourceArrivalId;
        this.ground = ground;
        this.country = country;
        this.decidedAt = decidedAt;
        this.receivedAt = receivedAt;
        this.state = State.OPEN;
    }

    public void drafted(String requestId, String by, Instant at) {
        requireOpen();
        this.state = State.DRAFTED;
        this.requestId = requestId;
        this.closedBy = by;
        this.closedAt = at;
    }

    public void dismiss(String reasons, String by, Instant at) {
        requireOpen();
        this.state = State.DISMISSED;
        this.dismissalReasons = reasons;
        this.closedBy = by;
        this.closedAt = at;
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The referral is " + state + " already.");
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String decisionId() {
        return decisionId;
    }

    public String rsdApplicationId() {
        return rsdApplicationId;
    }

    public String sourceArrivalId() {
        return sourceArrivalId;
    }

    public String ground() {
        return ground;
    }

    public String country() {
        return country;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public State state() {
        return state;
    }

    public String requestId() {
        return requestId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String dismissalReasons() {
        return dismissalReasons;
    }
}
