package org.asylon.kernel.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * A referral of one person to one partner for one purpose, as every module keeps it: a snapshot of
 * only the fields the purpose allows — all the partner ever receives — and the consent (or the
 * documented reason it was not needed) that made the sharing lawful. Withdrawing consent stops the
 * referral and erases the snapshot; who withdrew it, when and why are kept.
 *
 * <p>A mapped superclass rather than an entity of the kernel, because a referral is about a
 * module's own record (reception's arrival, return's case) and carries that module's own state
 * (return's departure): the module's entity extends this class, names its table and adds the column
 * of its record. The rules live here, in the constructor and {@link #withdrawConsent}, so no module
 * can make a referral that skips them. The columns ({@code partner_id}, {@code purpose}, {@code
 * consent_*}, {@code referred_*}, {@code withdrawn_*}, {@code withdrawal_reason}) and the
 * snapshot's table {@code partner_referral_field} ({@code referral_id}, {@code field_name}, {@code
 * field_value}) are fixed here, as in reception's V6 migration; hence a module has one referral
 * entity.
 */
@MappedSuperclass
public abstract class PartnerSharing {

    @Id private String id;

    @Version private long version;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private Purpose purpose;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_recorded_by")
    private String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    @Column(name = "consent_not_needed_reason", length = 1000)
    private String consentNotNeededReason;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    @Column(name = "referred_by", nullable = false)
    private String referredBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "partner_referral_field",
            joinColumns = @JoinColumn(name = "referral_id"))
    @MapKeyColumn(name = "field_name")
    @Column(name = "field_value", length = 1000)
    private Map<String, String> shared = new HashMap<>();

    protected PartnerSharing() {}

    /**
     * Refers the person to the partner for the purpose, keeping only the fields the purpose allows.
     * Consent given without a recorder or a time is recorded by {@code by} at {@code at}.
     *
     * @throws ProblemException 422 naming the field without a purpose; 422 {@code rule-violated}
     *     ({@code rules.consent()}) without consent or a documented reason it was not needed, or
     *     ({@code rules.purpose()}) when the partner is not registered for the purpose
     */
    protected PartnerSharing(
            SharingRules rules,
            Partner partner,
            Purpose purpose,
            Consent consent,
            PersonFacts person,
            String by,
            Instant at) {
        if (purpose == null) {
            throw ProblemException.invalidField("purpose", "give the purpose of the referral");
        }
        boolean given = consent != null && consent.given();
        if (!given && (consent == null || !consent.reasoned())) {
            throw ProblemException.ruleViolated(
                    rules.consent(),
                    rules.basis(),
                    "Data is shared with a partner only with the "
                            + "person's consent or, where consent is not needed (e.g. a child's best interests), with the reason "
                            + "documented. Record the consent or give notNeededReason.");
        }
        PurposeGrant grant =
                partner.grant(purpose)
                        .orElseThrow(
                                () ->
                                        ProblemException.ruleViolated(
                                                rules.purpose(),
                                                rules.basis(),
                                                "Partner "
                                                        + partner.name()
                                                        + " is not registered to receive data for "
                                                        + purpose
                                                        + "."));
        this.id = UUID.randomUUID().toString();
        this.partnerId = partner.id();
        this.purpose = purpose;
        this.consentGiven = given;
        if (given) {
            this.consentRecordedBy =
                    consent.recordedBy() == null || consent.recordedBy().isBlank()
                            ? by
                            : consent.recordedBy();
            this.consentRecordedAt = consent.recordedAt() == null ? at : consent.recordedAt();
        } else {
            this.consentNotNeededReason = consent.notNeededReason();
        }
        this.referredBy = by;
        this.referredAt = at;
        this.shared.putAll(grant.valuesOf(person));
    }

    /**
     * Stops the referral: who, when and why are kept; the data shared is erased.
     *
     * @throws ProblemException 409 when consent was already withdrawn
     */
    public void withdrawConsent(String reason, String by, Instant at) {
        if (withdrawnAt != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Consent for referral "
                            + id
                            + " was already withdrawn on "
                            + withdrawnAt
                            + ".");
        }
        withdrawnAt = at;
        withdrawnBy = by;
        withdrawalReason = reason;
        shared.clear();
    }

    /**
     * @throws ProblemException 409 once consent is withdrawn: nothing more is recorded on the
     *     referral
     */
    public void requireActive() {
        if (withdrawnAt != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Consent for referral "
                            + id
                            + " was withdrawn on "
                            + withdrawnAt
                            + "; nothing more is recorded on it.");
        }
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String partnerId() {
        return partnerId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public boolean consentGiven() {
        return consentGiven;
    }

    public String consentRecordedBy() {
        return consentRecordedBy;
    }

    public Instant consentRecordedAt() {
        return consentRecordedAt;
    }

    public String consentNotNeededReason() {
        return consentNotNeededReason;
    }

    public Instant referredAt() {
        return referredAt;
    }

    public String referredBy() {
        return referredBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    /** The fields the partner receives, sorted by name; empty once consent is withdrawn. */
    public Map<String, String> shared() {
        return Collections.unmodifiableMap(new TreeMap<>(shared));
    }
}
