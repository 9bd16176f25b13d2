package org.asylon.detention.monitoring.entity;

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

/**
 * The detention authority's answer to a recommendation, kept beside it: the authority adds answers
 * (a dialogue may take several) and never edits the monitor's record. Answers are not changed once
 * given; a changed position is a new answer.
 */
@Entity
@Table(name = "monitoring_answer")
public class Answer {

    @Id private String id;

    @Column(name = "recommendation_id", nullable = false)
    private String recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance", nullable = false)
    private Stance stance;

    @Lob
    @Column(name = "answer", nullable = false)
    private String text;

    @Column(name = "planned_by")
    private LocalDate plannedBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    protected Answer() {}

    /**
     * @param plannedBy when the authority plans to have implemented what it accepted; none for a
     *     rejection
     */
    public Answer(
            String recommendationId,
            Stance stance,
            String text,
            LocalDate plannedBy,
            String answeredBy,
            Instant answeredAt) {
        if (stance == Stance.REJECTED && plannedBy != null) {
            throw ProblemException.invalidField(
                    "plannedBy", "a rejected recommendation has no implementation date");
        }
        this.id = UUID.randomUUID().toString();
        this.recommendationId = recommendationId;
        this.stance = stance;
        this.text = text;
        this.plannedBy = plannedBy;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    public String id() {
        return id;
    }

    public String recommendationId() {
        return recommendationId;
    }

    public Stance stance() {
        return stance;
    }

    public String text() {
        return text;
    }

    public LocalDate plannedBy() {
        return plannedBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }
}
