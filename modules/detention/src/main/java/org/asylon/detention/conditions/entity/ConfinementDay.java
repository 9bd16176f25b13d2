package org.asylon.detention.conditions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One day of one detained person's confinement: the hours spent without meaningful human contact,
 * who authorised confinement that reaches solitary confinement, and why. One record per person and
 * date. Whether the day is solitary is not stored but read against the profile's {@link
 * SolitaryStandard} when asked, which also guards every record and correction (Rules 45(1), 45(2)).
 */
@Entity
@Table(name = "confinement_day")
public class ConfinementDay {

    @Id private String id;

    @Version private long version;

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Column(name = "confinement_date", nullable = false)
    private LocalDate date;

    @Column(name = "hours_without_contact", nullable = false, precision = 4, scale = 2)
    private BigDecimal hoursWithoutContact;

    /** The competent authority that authorised solitary confinement (Rule 45(1)). */
    @Column(name = "authorised_by")
    private String authorisedBy;

    @Column(name = "reason")
    private String reason;

    @Column(name = "disability_worsened", nullable = false)
    private boolean disabilityWorsened;

    /** Where the person was held that day, when known from their placement. */
    @Column(name = "facility_id")
    private String facilityId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ConfinementDay() {}

    public ConfinementDay(
            String personId,
            LocalDate date,
            BigDecimal hoursWithoutContact,
            String authorisedBy,
            String reason,
            boolean disabilityWorsened,
            String facilityId,
            SolitaryStandard standard,
            String by,
            Instant at) {
        standard.check(hoursWithoutContact, authorisedBy, disabilityWorsened);
        this.id = UUID.randomUUID().toString();
        this.personId = personId;
        this.date = date;
        this.hoursWithoutContact = hoursWithoutContact;
        this.authorisedBy = authorisedBy;
        this.reason = reason;
        this.disabilityWorsened = disabilityWorsened;
        this.facilityId = facilityId;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** A correction of the day's record, under the same rules as the first record. */
    public void correct(
            BigDecimal hoursWithoutContact,
            String authorisedBy,
            String reason,
            boolean disabilityWorsened,
            SolitaryStandard standard,
            String by,
            Instant at) {
        standard.check(hoursWithoutContact, authorisedBy, disabilityWorsened);
        this.hoursWithoutContact = hoursWithoutContact;
        this.authorisedBy = authorisedBy;
        this.reason = reason;
        this.disabilityWorsened = disabilityWorsened;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public boolean solitary(SolitaryStandard standard) {
        return standard.solitary(hoursWithoutContact);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String personId() {
        return personId;
    }

    public LocalDate date() {
        return date;
    }

    public BigDecimal hoursWithoutContact() {
        return hoursWithoutContact;
    }

    public String authorisedBy() {
        return authorisedBy;
    }

    public String reason() {
        return reason;
    }

    public boolean disabilityWorsened() {
        return disabilityWorsened;
    }

    public String facilityId() {
        return facilityId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
