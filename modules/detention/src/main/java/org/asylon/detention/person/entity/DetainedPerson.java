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
import org.asylon.kernel.problem.ProblemException;

/**
 * A person detention deals with: the aggregate root of the person component. It keeps the person's
 * protection state with where it came from and when, because the state decides which grounds of
 * detention are lawful (RCD Art 10(1)); and the border's handover, which is a work item awaiting an
 * order, never detention by itself.
 */
@Entity
@Table(name = "detained_person")
public class DetainedPerson {

    /** Who may record a protection state: the suite's rule, kept by the aggregate. */
    public static final String PROTECTION_STATE_SOURCE = "detention.protection-state.source";

    public static final String PROTECTION_STATE_SOURCE_BASIS =
            "Asylon's non-refoulement invariant (docs/architecture.md, \"The two invariants\"):"
                    + " whether a claim or a suspensive appeal is pending, or protection was granted,"
                    + " is what the asylum authority (RSD) reports; a request for protection made at"
                    + " the border stands until RSD reports on the claim";

    /** The origins a protection state comes from. */
    public static final String ENTRY = "entry";

    public static final String RSD = "rsd";
    public static final String DESK = "desk";

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

    /** Who reported the state: {@code entry}, {@code rsd} or {@code desk} (null: none yet). */
    @Column(name = "protection_origin")
    private String protectionOrigin;

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
     * Records the protection state with who reported it, its source and time. The desk never lowers
     * a state that RSD reported, or that the border's request for protection set ({@value
     * #PROTECTION_STATE_SOURCE}): RSD's feed changes that state; the desk may record a higher
     * level, and any state over one the desk recorded itself. The desk confirming the state RSD or
     * the border reported changes nothing (their origin, source and time stand).
     *
     * @param origin {@code entry}, {@code rsd} or {@code desk}
     * @return whether the state changed (a repeat of the same state changes nothing but the source)
     * @throws ProblemException 422 rule-violated where the desk would lower RSD's or the border's
     *     state
     */
    public boolean recordProtection(
            ProtectionState state, String origin, String source, Instant at) {
        if (DESK.equals(origin) && reportedByAFeed()) {
            if (state.level() < protection.level()) {
                throw ProblemException.ruleViolated(
                        PROTECTION_STATE_SOURCE,
                        PROTECTION_STATE_SOURCE_BASIS,
                        "The state "
                                + protection
                                + " came from "
                                + (RSD.equals(protectionOrigin)
                                        ? "RSD"
                                        : "the border's request for protection")
                                + ": the desk does not lower it to "
                                + state
                                + "; RSD's feed changes it. The desk may record a higher level.");
            }
            if (state == protection) {
                return false;
            }
        }
        boolean changed = state != protection;
        this.protection = state;
        this.protectionOrigin = origin;
        this.protectionSource = source;
        this.protectionAt = at;
        return changed;
    }

    private boolean reportedByAFeed() {
        return RSD.equals(protectionOrigin) || ENTRY.equals(protectionOrigin);
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

    /**
     * The border handed the person over: an order is awaited. Once, unless the border cancelled the
     * handover and hands the person over again later (a revision back to detention, or a new
     * decision, after the cancellation); a retried older event changes nothing.
     */
    public boolean handOver(Instant at) {
        boolean again = handover == Handover.CANCELLED && at.isAfter(handoverChangedAt);
        if (handover != null && !again) {
            return false;
        }
        this.handover = Handover.AWAITING_ORDER;
        this.handedOverAt = at;
        this.handoverChangedAt = at;
        return true;
    }

    /**
     * The border suspended or revised the handover before any order; an event older than the latest
     * handover (a retried suspension after a re-handover) changes nothing.
     */
    public boolean cancelHandover(Instant at) {
        if (handover != Handover.AWAITING_ORDER || at.isBefore(handoverChangedAt)) {
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

    public String protectionOrigin() {
        return protectionOrigin;
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
