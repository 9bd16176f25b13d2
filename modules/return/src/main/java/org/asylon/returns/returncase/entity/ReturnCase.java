package org.asylon.returns.returncase.entity;

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
import org.asylon.kernel.problem.ProblemType;

/**
 * A return case: one person whose stay the state means to end, from the ground that opened it to
 * the way it ended. The person is identified as the upstream modules know them (RSD application,
 * reception arrival, border encounter), so that the protection state the gate reads is the one
 * those modules report for this person.
 */
@Entity
@Table(name = "return_case")
public class ReturnCase {

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false)
    private CaseOrigin origin;

    /**
     * What opened the case: {@code final-negative}, {@code inadmissible}, {@code withdrawn}, ...
     */
    @Column(name = "opening_ground", nullable = false)
    private String openingGround;

    /** The upstream record: RSD application, border encounter, readmission transfer, desk file. */
    @Column(name = "origin_reference")
    private String originReference;

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

    @Column(name = "unaccompanied_child", nullable = false)
    private boolean unaccompaniedChild;

    @Column(name = "rsd_application_id")
    private String rsdApplicationId;

    @Column(name = "source_arrival_id")
    private String sourceArrivalId;

    @Column(name = "source_encounter_id")
    private String sourceEncounterId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure")
    private Closure closure;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    protected ReturnCase() {}

    public ReturnCase(
            CaseOrigin origin,
            String openingGround,
            String originReference,
            Person person,
            Links links,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.origin = origin;
        this.openingGround = openingGround;
        this.originReference = originReference;
        this.surname = person.surname();
        this.givenNames = person.givenNames();
        this.originalScriptName = person.originalScriptName();
        this.dateOfBirth = person.dateOfBirth();
        this.sex = person.sex();
        this.nationalities =
                person.nationalities() == null || person.nationalities().isEmpty()
                        ? null
                        : String.join(",", person.nationalities());
        this.unaccompaniedChild = person.unaccompaniedChild();
        this.rsdApplicationId = links.rsdApplicationId();
        this.sourceArrivalId = links.sourceArrivalId();
        this.sourceEncounterId = links.sourceEncounterId();
        this.openedBy = by;
        this.openedAt = at;
    }

    /** Who the person is, as the case knows them. */
    public record Person(
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            boolean unaccompaniedChild) {}

    /** How the upstream modules know the person; each may be null. */
    public record Links(
            String rsdApplicationId, String sourceArrivalId, String sourceEncounterId) {}

    /**
     * Ends the case.
     *
     * @throws ProblemException 409 when it has already ended
     */
    public void close(Closure how, String by, Instant at) {
        requireOpen();
        this.closure = how;
        this.closedBy = by;
        this.closedAt = at;
    }

    /** Links an upstream record learnt later (e.g. the arrival behind an RSD application). */
    public void link(Links more) {
        if (rsdApplicationId == null) {
            rsdApplicationId = more.rsdApplicationId();
        }
        if (sourceArrivalId == null) {
            sourceArrivalId = more.sourceArrivalId();
        }
        if (sourceEncounterId == null) {
            sourceEncounterId = more.sourceEncounterId();
        }
    }

    /**
     * @throws ProblemException 409 {@code conflict} when the case has ended
     */
    public void requireOpen() {
        if (closure != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Return case " + id + " ended (" + closure + ") on " + closedAt + ".");
        }
    }

    public boolean open() {
        return closure == null;
    }

    /**
     * Whether the person is a child on the given day: when the date of birth is only partly known,
     * the latest date it can be, so that doubt counts as a child (UNHCR's benefit of the doubt).
     *
     * @param majority the age of majority the profile sets
     */
    public boolean childOn(LocalDate day, int majority) {
        if (unaccompaniedChild) {
            return true;
        }
        if (dateOfBirth == null) {
            return false;
        }
        return PartialDate.parse(dateOfBirth).latest().plusYears(majority).isAfter(day);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public CaseOrigin origin() {
        return origin;
    }

    public String openingGround() {
        return openingGround;
    }

    public String originReference() {
        return originReference;
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

    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    public String rsdApplicationId() {
        return rsdApplicationId;
    }

    public String sourceArrivalId() {
        return sourceArrivalId;
    }

    public String sourceEncounterId() {
        return sourceEncounterId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Closure closure() {
        return closure;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
