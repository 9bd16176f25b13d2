package org.asylon.returns.protection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person the border registered, as the border described them, and the arrival reception made of
 * them: a refusal of entry opens a case with this person, and the arrival links the border's
 * encounter to RSD's claims.
 */
@Entity
@Table(name = "border_person")
public class BorderPerson {

    @Id
    @Column(name = "encounter_id")
    private String encounterId;

    @Column(name = "surname")
    private String surname;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "original_script_name")
    private String originalScriptName;

    @Column(name = "date_of_birth")
    private String dateOfBirth;

    @Column(name = "sex")
    private String sex;

    @Column(name = "nationalities")
    private String nationalities;

    @Column(name = "unaccompanied_child", nullable = false)
    private boolean unaccompaniedChild;

    @Column(name = "arrival_id")
    private String arrivalId;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected BorderPerson() {}

    public BorderPerson(String encounterId, Instant seenAt) {
        this.encounterId = encounterId;
        this.seenAt = seenAt;
    }

    public void describe(
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            String nationalities,
            boolean unaccompaniedChild) {
        this.surname = surname;
        this.givenNames = givenNames;
        this.originalScriptName = originalScriptName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.nationalities = nationalities;
        this.unaccompaniedChild = unaccompaniedChild;
    }

    public void childFound() {
        this.unaccompaniedChild = true;
    }

    public void arrival(String arrivalId) {
        this.arrivalId = arrivalId;
    }

    public String encounterId() {
        return encounterId;
    }

    public String surname() {
        return surname;
    }

    public String givenNames() {
        return givenNames;
    }

    public String originalScriptName() {
        return originalScriptName;
    }

    public String dateOfBirth() {
        return dateOfBirth;
    }

    public String sex() {
        return sex;
    }

    /** Comma-separated codes, or null. */
    public String nationalities() {
        return nationalities;
    }

    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    public String arrivalId() {
        return arrivalId;
    }

    public Instant seenAt() {
        return seenAt;
    }
}
