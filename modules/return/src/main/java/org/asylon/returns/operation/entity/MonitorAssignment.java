package org.asylon.returns.operation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A forced-return monitor who took the operation on: always the monitor themselves (a user with the
 * monitor role), never someone naming them, so that the name is one the identity store vouches for.
 */
@Embeddable
public class MonitorAssignment {

    @Column(name = "user_name", nullable = false)
    private String userName;

    /** The monitoring body, e.g. the national preventive mechanism or an ombudsperson's office. */
    @Column(name = "organisation", nullable = false)
    private String organisation;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected MonitorAssignment() {}

    public MonitorAssignment(String userName, String organisation, Instant assignedAt) {
        this.userName = userName;
        this.organisation = organisation;
        this.assignedAt = assignedAt;
    }

    public String userName() {
        return userName;
    }

    public String organisation() {
        return organisation;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
