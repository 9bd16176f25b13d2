package org.asylon.rsd.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.asylon.rsd.application.entity.Person;

/**
 * A person received by reception, as reception's feed described them. The application opened on the
 * person's asylum referral takes its identity from here, and the vulnerability categories collected
 * here before the referral (reception may assess first and refer later) are applied when it opens.
 */
@Entity
@Table(name = "reception_arrival")
public class ReceptionArrival {

    @Id
    @Column(name = "arrival_id")
    private String arrivalId;

    @Column(name = "source_encounter_id")
    private String sourceEncounterId;

    @Embedded private Person person;

    @Column(name = "unaccompanied_child", nullable = false)
    private boolean unaccompaniedChild;

    /** Reception's specific-needs categories (codes only). */
    @Column(name = "vulnerabilities", length = 1000)
    private String vulnerabilities;

    @Column(name = "priority", nullable = false)
    private boolean priority;

    /** When reception registered the arrival. */
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ReceptionArrival() {}

    public ReceptionArrival(
            String arrivalId,
            String sourceEncounterId,
            Person person,
            boolean unaccompaniedChild,
            Instant registeredAt,
            Instant receivedAt) {
        this.arrivalId = arrivalId;
        this.sourceEncounterId = sourceEncounterId;
        this.person = person;
        this.unaccompaniedChild = unaccompaniedChild;
        this.registeredAt = registeredAt;
        this.receivedAt = receivedAt;
    }

    /**
     * Adds an assessment's categories; the priority flag, once raised, stays (as on the
     * application).
     */
    public void noteVulnerabilities(Collection<String> categories, boolean priorityFlag) {
        Set<String> all = new TreeSet<>(vulnerabilities());
        all.addAll(categories);
        vulnerabilities = String.join(",", all);
        priority = priority || priorityFlag;
    }

    public Person person() {
        return person;
    }

    public String arrivalId() {
        return arrivalId;
    }

    public String sourceEncounterId() {
        return sourceEncounterId;
    }

    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    public List<String> vulnerabilities() {
        return vulnerabilities == null || vulnerabilities.isBlank()
                ? List.of()
                : Arrays.asList(vulnerabilities.split(","));
    }

    public boolean priority() {
        return priority;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
