package org.asylon.detention.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.code.PartialDate;

/**
 * A person detention deals with: the aggregate root of the person component. It keeps the person's
 * protection state with where it came from and when, because the state decides which grounds of
 * detention are lawful (RCD Art 10(1)); and the border's handover, which is a work item awaiting an
 * order, never detention by itself.
 */
@Entity
@Table(name = "detained_person")
public class DetainedPerson {

    @Id private String id;

    @Version private long version;

    @Column(name = "surname")
    private String surname;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "original_script_name")
    private String originalScriptName;

    /** YYYY, YYYY-MM or YYYY-MM-DD, as known. */
    @Column(name = "date_of_birth")
    private String dateOfBirth;

    @Column(name = "sex")
    private String sex;

    /** ISO 3166-1 alpha-3 (or ICAO) codes, comma-separated. */
    @Column(name = "nationalities")
    private String nationalities;

    /** Found to be a child (the border's unaccompanied-child finding, or the desk). */
    @Column(name = "child", nullable = false)
    private boolean child;

    @Column(name = "source_encounter_id")
    private String sourceEncounterId;

    @Column(name = "source_arrival_id")
    private String sourceArrivalId;

    @Column(name = "rsd_application_id")
    private String rsdApplicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "protection", nullable = false)
    private ProtectionState protection = ProtectionState.NONE;

    /** Where the state came from: {@code entry}, {@code rsd}, or the document the desk saw. */
    @Column(name = "protection_source")
    private String protectionSource;

    @Column(name = "protection_at")
    private Instant protectionAt;

    /** The last {@code suspensiveAppealPending} RSD reported for an appeal (null: none known). */
    @Column(name = "appeal_suspensive")
    private Boolean appealSuspensive;

    @Enumerated(EnumType.STRING)
    @Column(name = "handover")
    private Handover handover;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "handover_changed_at")
    private Instant handoverChangedAt;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    protected DetainedPerson() {}

    public DetainedPerson(
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            boolean child,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.surname = surname;
        this.givenNames = givenNames;
        this.originalScriptName = originalScriptName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.nationalities =
                nationalities == null || nationalities.isEmpty()
                        ? null
                        : String.join(",", nationalities);
        this.child = child;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Where the person came from in the other modules (any may be unknown). */
    public void link(String sourceEncounterId, String sourceArrivalId, String rsdApplicationId) {
        if (sourceEncounterId != null) {
            this.sourceEncounterId = sourceEncounterId;
        }
        if (sourceArrivalId != null) {
            this.sourceArrivalId = sourceArrivalId;
        }
        if (rsdApplicationId != null) {
            this.rsdApplicationId = rsdApplicationId;
        }
    }

    /**
     * Records the protection state with its source and time.
     *
     * @return whether the state changed (a repeat of the same state changes nothing but the source)
     */
    public boolean recordProtection(ProtectionState state, String source, Instant at) {
        boolean changed = state != protection;
        this.protection = state;
        this.protectionSource = source;
        this.protectionAt = at;
        return changed;
    }

    public void rememberAppealSuspensive(Boolean suspensive) {
        this.appealSuspensive = suspensive;
    }

    public void markChild() {
        this.child = true;
    }

    /**
     * A child now: found to be one, or under the age of majority on {@code today} from the latest
     * day the date of birth can stand for (the benefit of the doubt).
     */
    public boolean childOn(LocalDate today, int ageOfMajority) {
        if (child) {
            return true;
        }
        if (dateOfBirth == null) {
            return false;
        }
        return PartialDate.parse(dateOfBirth).latest().plusYears(ageOfMajority).isAfter(today);
    }

    /** The border handed the person over (once): an order is awaited. */
    public boolean handOver(Instant at) {
        if (handover != null) {
            return false;
        }
        this.handover = Handover.AWAITING_ORDER;
        this.handedOverAt = at;
        this.handoverChangedAt = at;
        return true;
    }

    /** The border suspended or revised the handover before any order. */
    public boolean cancelHandover(Instant at) {
        if (handover != Handover.AWAITING_ORDER) {
            return false;
        }
        this.handover = Handover.CANCELLED;
        this.handoverChangedAt = at;
        return true;
    }

    /** An order was issued: the handover is dealt with. */
    public void ordered(Instant at) {
        if (handover == Handover.AWAITING_ORDER) {
            this.handover = Handover.ORDERED;
            this.handoverChangedAt = at;
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
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
        return nationalities == null ? List.of() : Arrays.asList(nationalities.split(","));
    }

    public boolean child() {
        return child;
    }

    public String sourceEncounterId() {
        return sourceEncounterId;
    }

    public String sourceArrivalId() {
        return sourceArrivalId;
    }

    public String rsdApplicationId() {
        return rsdApplicationId;
    }

    public ProtectionState protection() {
        return protection;
    }

    public String protectionSource() {
        return protectionSource;
    }

    public Instant protectionAt() {
        return protectionAt;
    }

    public Boolean appealSuspensive() {
        return appealSuspensive;
    }

    public Handover handover() {
        return handover;
    }

    public Instant handedOverAt() {
        return handedOverAt;
    }

    public Instant handoverChangedAt() {
        return handoverChangedAt;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public String registeredBy() {
        return registeredBy;
    }
}
