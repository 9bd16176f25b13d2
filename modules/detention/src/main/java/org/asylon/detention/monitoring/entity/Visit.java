package org.asylon.detention.monitoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;

/**
 * A monitoring visit to a place of detention, recorded by the monitor the moment it starts or
 * afterwards. No field asks for the authority's consent: monitors have access to all places and
 * choose which to visit (OPCAT Art 20(c), (e)), so an unannounced visit is the ordinary case and
 * nothing here waits for an approval. A planned visit is never recorded (its start may not lie in
 * the future): the record, and its event, must not announce to the facility a visit meant to be
 * unannounced.
 */
@Entity
@Table(name = "monitoring_visit")
public class Visit {

    /** How far a start may lie ahead of the server's clock (a monitor's device clock drifts). */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Id private String id;

    @Version private long version;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Column(name = "monitoring_body", nullable = false)
    private String monitoringBody;

    @Column(name = "announced", nullable = false)
    private boolean announced;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monitoring_visit_member", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> team = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Visit() {}

    /**
     * @param facilityId any registered place of detention (OPCAT Art 20(c))
     * @param announced whether the authority was told beforehand; unannounced is normal (Art 20(e))
     * @throws ProblemException naming {@code startedAt} for a visit that has not started yet, and
     *     {@code endedAt} for an end before the start
     */
    public Visit(
            String facilityId,
            String monitoringBody,
            boolean announced,
            Instant startedAt,
            Instant endedAt,
            List<String> team,
            String recordedBy,
            Instant now) {
        if (startedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw ProblemException.invalidField(
                    "startedAt",
                    "a visit is recorded when it starts or afterwards, never planned ahead: a"
                            + " planned visit on record would announce an unannounced one");
        }
        this.id = UUID.randomUUID().toString();
        this.facilityId = facilityId;
        this.monitoringBody = monitoringBody;
        this.announced = announced;
        this.startedAt = startedAt;
        this.team = new ArrayList<>(team);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        if (endedAt != null) {
            requireEndAfterStart(endedAt, now);
            this.endedAt = endedAt;
        }
    }

    /**
     * Records the end of a visit recorded while it went on; an end once recorded stays.
     *
     * @throws ProblemException 422 when the end is already recorded
     */
    public void end(Instant at, Instant now) {
        if (endedAt != null) {
            throw ProblemException.ruleViolated(
                    RecordsKept.RULE,
                    RecordsKept.BASIS,
                    "The visit's end is already recorded ("
                            + endedAt
                            + "); a monitoring record is never rewritten.");
        }
        requireEndAfterStart(at, now);
        this.endedAt = at;
    }

    private void requireEndAfterStart(Instant end, Instant now) {
        if (end.isBefore(startedAt)) {
            throw ProblemException.invalidField("endedAt", "must not be before startedAt");
        }
        if (end.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw ProblemException.invalidField("endedAt", "must not lie in the future");
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String facilityId() {
        return facilityId;
    }

    public String monitoringBody() {
        return monitoringBody;
    }

    public boolean announced() {
        return announced;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public List<String> team() {
        return List.copyOf(team);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
