package org.asylon.training.run.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * One run of an exercise. Its number names its trainees' accounts ({@code
 * trainee.<number>.<name>}); its shared setup's captures are kept as JSON for the per-trainee
 * steps; once closed it keeps the final scorecards and takes no more trainees.
 */
@Entity
@Table(name = "training_run")
public class TrainingRun {

    @Id private String id;

    @Version private long version;

    @Column(name = "run_number", nullable = false)
    private long number;

    @Column(name = "exercise", nullable = false)
    private String exercise;

    @Column(name = "profile", nullable = false)
    private String profile;

    @Column(name = "label")
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private RunState state;

    @Lob
    @Column(name = "captures", nullable = false)
    private String captures;

    @Lob
    @Column(name = "scores")
    private String scores;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected TrainingRun() {}

    /**
     * @param id the id the setup's Idempotency-Keys named ({@code Opening.runId})
     */
    public TrainingRun(
            String id,
            long number,
            String exercise,
            String profile,
            String label,
            String by,
            Instant at) {
        this.id = id;
        this.number = number;
        this.exercise = exercise;
        this.profile = profile;
        this.label = label;
        this.state = RunState.OPEN;
        this.captures = "{}";
        this.openedBy = by;
        this.openedAt = at;
    }

    /** What the shared setup captured, as a JSON object of names to ids. */
    public void captured(String capturesJson) {
        this.captures = capturesJson;
    }

    /** Ends the run with its final scorecards (JSON); a closed run cannot close again. */
    public void close(String scoresJson, String by, Instant at) {
        requireOpen();
        this.scores = scoresJson;
        this.state = RunState.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
    }

    public void requireOpen() {
        if (state != RunState.OPEN) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The run "
                            + number
                            + " is closed: open a new run of the exercise to rerun it.");
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long number() {
        return number;
    }

    public String exercise() {
        return exercise;
    }

    public String profile() {
        return profile;
    }

    public String label() {
        return label;
    }

    public RunState state() {
        return state;
    }

    public String captures() {
        return captures;
    }

    public String scores() {
        return scores;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
