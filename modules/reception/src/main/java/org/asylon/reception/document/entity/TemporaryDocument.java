package org.asylon.reception.document.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * A temporary document issued to one arrival. Its validity and the rule that produced it are stored
 * as computed on the day of issue, so a later change of profile does not silently change a paper
 * already in the person's hands. A document ends only by revocation (with a reason) or by being
 * replaced by a new one. A household document (where the profile says so) is held by the focal
 * point and covers every member listed in {@link #members()}, the holder included; a personal
 * document covers its holder alone.
 */
@Entity
@Table(name = "temporary_document")
public class TemporaryDocument {

    /**
     * What is stored; VALID stands for "not ended", EXPIRED is derived from the date (see {@link
     * #status}).
     */
    enum Ending {
        NONE,
        REVOKED,
        REPLACED
    }

    @Id private String id;

    @Version private long version;

    @Column(name = "doc_number", nullable = false, unique = true)
    private String number;

    @Column(name = "arrival_id", nullable = false)
    private String arrivalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ending", nullable = false)
    private Ending ending = Ending.NONE;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "validity_rule", nullable = false)
    private String validityRule;

    @Column(name = "validity_profile", nullable = false)
    private String validityProfile;

    @Column(name = "validity_basis", length = 1000)
    private String validityBasis;

    @Column(name = "validity_explanation", length = 2000)
    private String validityExplanation;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "revocation_reason", length = 1000)
    private String revocationReason;

    @Column(name = "replaced_by_number")
    private String replacedByNumber;

    @Column(name = "household_id")
    private String householdId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "temporary_document_member",
            joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "arrival_id")
    private List<String> members = new ArrayList<>();

    protected TemporaryDocument() {}

    public TemporaryDocument(
            String number,
            String arrivalId,
            Instant registeredAt,
            Validity validity,
            Instant issuedAt,
            LocalDate issueDate,
            String issuedBy) {
        this.id = UUID.randomUUID().toString();
        this.number = number;
        this.arrivalId = arrivalId;
        this.registeredAt = registeredAt;
        this.validUntil = validity.until();
        this.validityRule = validity.rule();
        this.validityProfile = validity.profile();
        this.validityBasis = validity.basis();
        this.validityExplanation = validity.explanation();
        this.issuedAt = issuedAt;
        this.issueDate = issueDate;
        this.issuedBy = issuedBy;
    }

    /**
     * A document for a whole household, held by its focal point: the members (the holder among
     * them) are listed on the certificate, and one paper serves them all.
     */
    public static TemporaryDocument forHousehold(
            String number,
            String householdId,
            String focalPoint,
            List<String> members,
            Instant registeredAt,
            Validity validity,
            Instant issuedAt,
            LocalDate issueDate,
            String issuedBy) {
        if (!members.contains(focalPoint)) {
            throw new IllegalArgumentException(
                    "the holder " + focalPoint + " is not among the members " + members);
        }
        TemporaryDocument document =
                new TemporaryDocument(
                        number, focalPoint, registeredAt, validity, issuedAt, issueDate, issuedBy);
        document.householdId = householdId;
        document.members = new ArrayList<>(members);
        return document;
    }

    /**
     * Whether the document serves this person: its holder, or a member of the household it covers.
     */
    public boolean covers(String arrivalId) {
        return this.arrivalId.equals(arrivalId) || members.contains(arrivalId);
    }

    public boolean forHousehold() {
        return householdId != null;
    }

    /**
     * The status on {@code today} (a date in the profile's zone): valid through the last day of
     * validity.
     */
    public DocumentStatus status(LocalDate today) {
        return switch (ending) {
            case REVOKED -> DocumentStatus.REVOKED;
            case REPLACED -> DocumentStatus.REPLACED;
            case NONE -> today.isAfter(validUntil) ? DocumentStatus.EXPIRED : DocumentStatus.VALID;
        };
    }

    /** Not revoked, not replaced: the person's current document, even if expired. */
    public boolean current() {
        return ending == Ending.NONE;
    }

    public void revoke(String reason, String by, Instant at) {
        requireCurrent("revoked");
        ending = Ending.REVOKED;
        revocationReason = reason;
        endedBy = by;
        endedAt = at;
    }

    public void replaceBy(String newNumber, String by, Instant at) {
        requireCurrent("replaced");
        ending = Ending.REPLACED;
        replacedByNumber = newNumber;
        endedBy = by;
        endedAt = at;
    }

    private void requireCurrent(String what) {
        if (ending != Ending.NONE) {
            // an ended document stays ended: reviving a revoked paper would undo a decision
            // silently
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Document "
                            + number
                            + " is already "
                            + ending.name().toLowerCase(java.util.Locale.ROOT)
                            + " and cannot be "
                            + what
                            + ". "
                            + "Issue a new document instead.");
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String number() {
        return number;
    }

    public String arrivalId() {
        return arrivalId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Validity validity() {
        return new Validity(
                validUntil, validityRule, validityProfile, validityBasis, validityExplanation);
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public String replacedByNumber() {
        return replacedByNumber;
    }

    /** The household covered, or null for a personal document. */
    public String householdId() {
        return householdId;
    }

    /**
     * The arrivals a household document covers (holder included); empty for a personal document.
     */
    public List<String> members() {
        return List.copyOf(members);
    }
}
