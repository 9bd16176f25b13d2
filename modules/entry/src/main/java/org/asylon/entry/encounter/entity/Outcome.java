package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The decided outcome of an encounter; a refusal of entry names its ground and legal basis. */
@Embeddable
public class Outcome {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private OutcomeKind kind;

    @Column(name = "refusal_ground")
    private String refusalGround;

    @Column(name = "refusal_basis", length = 500)
    private String refusalBasis;

    @Column(name = "outcome_note", length = 2000)
    private String note;

    @Column(name = "outcome_decided_by")
    private String decidedBy;

    @Column(name = "outcome_decided_at")
    private Instant decidedAt;

    protected Outcome() {
    }

    Outcome(OutcomeKind kind, String refusalGround, String refusalBasis, String note, String decidedBy,
            Instant decidedAt) {
        this.kind = kind;
        this.refusalGround = refusalGround;
        this.refusalBasis = refusalBasis;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public OutcomeKind kind() {
        return kind;
    }

    public String refusalGround() {
        return refusalGround;
    }

    public String refusalBasis() {
        return refusalBasis;
    }

    public String note() {
        return note;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
