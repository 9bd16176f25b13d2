package org.asylon.detention.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A person the border registered, as entry's feed described them: remembered for every encounter,
 * because a handover to detention comes later in the feed than the registration, and reception's
 * arrival for the encounter (which RSD's events name) may come in between. The feeds are followed
 * independently, so reception's arrival may also come first: the encounter is then known by its
 * arrival only until entry's feed describes it.
 */
@Entity
@Table(name = "border_encounter")
public class BorderEncounter {

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

    @Column(name = "protection_requested", nullable = false)
    private boolean protectionRequested;

    @Column(name = "arrival_id")
    private String arrivalId;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected BorderEncounter() {}

    public BorderEncounter(
            String encounterId,
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            boolean unaccompaniedChild,
            boolean protectionRequested,
            Instant seenAt) {
        this.encounterId = encounterId;
        this.surname = surname;
        this.givenNames = givenNames;
        this.originalScriptName = originalScriptName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.nationalities = nationalities.isEmpty() ? null : String.join(",", nationalities);
        this.unaccompaniedChild = unaccompaniedChild;
        this.protectionRequested = protectionRequested;
        this.seenAt = seenAt;
    }

    /** An encounter known only from reception's arrival, before entry's feed described it. */
    public static BorderEncounter ofArrival(String encounterId, String arrivalId, Instant seenAt) {
        BorderEncounter seen =
                new BorderEncounter(
                        encounterId, null, null, null, null, null, List.of(), false, false, seenAt);
        seen.arrival(arrivalId);
        return seen;
    }

    /**
     * Entry's description of the person: fills what is not known yet (an encounter known by its
     * arrival only; a retried registration changes nothing); a finding is never taken back.
     */
    public void describe(
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            boolean unaccompaniedChild,
            boolean protectionRequested) {
        this.surname = this.surname == null ? surname : this.surname;
        this.givenNames = this.givenNames == null ? givenNames : this.givenNames;
        this.originalScriptName =
                this.originalScriptName == null ? originalScriptName : this.originalScriptName;
        this.dateOfBirth = this.dateOfBirth == null ? dateOfBirth : this.dateOfBirth;
        this.sex = this.sex == null ? sex : this.sex;
        if (this.nationalities == null && !nationalities.isEmpty()) {
            this.nationalities = String.join(",", nationalities);
        }
        this.unaccompaniedChild |= unaccompaniedChild;
        this.protectionRequested |= protectionRequested;
    }

    public void protectionRequested() {
        this.protectionRequested = true;
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

    public List<String> nationalities() {
        return nationalities == null ? List.of() : List.of(nationalities.split(","));
    }

    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    public boolean isProtectionRequested() {
        return protectionRequested;
    }

    public String arrivalId() {
        return arrivalId;
    }
}
