package org.asylon.reception.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One arrival in a household, with their relationship to the focal point. */
@Embeddable
public class Member {

    @Column(name = "arrival_id", nullable = false)
    private String arrivalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false)
    private Relationship relationship;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Member() {}

    public Member(String arrivalId, Relationship relationship, Instant joinedAt) {
        this.arrivalId = arrivalId;
        this.relationship = relationship;
        this.joinedAt = joinedAt;
    }

    public String arrivalId() {
        return arrivalId;
    }

    public Relationship relationship() {
        return relationship;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    void relate(Relationship newRelationship) {
        this.relationship = newRelationship;
    }
}
