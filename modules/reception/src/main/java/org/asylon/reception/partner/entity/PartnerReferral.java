package org.asylon.reception.partner.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.reception.arrival.entity.Arrival;

/**
 * A referral of one arrival to one partner for one purpose. It holds a snapshot of only the fields
 * the purpose allows — that is all the partner ever sees — and the consent (or the reason it was
 * not needed) that made the sharing lawful. Withdrawing consent stops the referral and erases the
 * snapshot.
 */
@Entity
@Table(name = "partner_referral")
public class PartnerReferral {

    public static final String CONSENT_RULE = "reception.partner.consent";
    public static final String PURPOSE_RULE = "reception.partner.purpose";
    static final String BASIS =
            "UNHCR, Refugee Protection and Mixed Migration: a 10-Point Plan of Action (2007), "
                    + "points 4-5 and Annex II; UNHCR Policy on the Protection of Personal Data of Persons of Concern (2015), "
                    + "purpose specification and consent";

    @Id private String id;

    @Version private long version;

    @Column(name = "arrival_id", nullable = false)
    private String arrivalId;

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

    protected PartnerReferral() {}

    /**
     * Refers the arrival to the partner for the purpose.
     *
     * @throws ProblemException 422 {@code rule-violated} without consent or a reason it was not
     *     needed, or when the partner is not registered for the purpose
     */
    public static PartnerReferral make(
            Arrival arrival,
            Partner partner,
            Purpose purpose,
            Consent consent,
            String by,
            Instant at) {
        if (purpose == null) {
            throw ProblemException.invalidField("purpose", "give the purpose of the referral");
        }
        boolean given = consent != null && consent.given();
        boolean reasoned =
                consent != null
                        && consent.notNeededReason() != null
                        && !consent.notNeededReason().isBlank();
        if (!given && !reasoned) {
            throw ProblemException.ruleViolated(
                    CONSENT_RULE,
                    BASIS,
                    "Data is shared with a partner only with the "
                            + "person's consent or, where consent is not needed (e.g. a child's best interests), with the reason "
                            + "documented. Record the consent or give notNeededReason.");
        }
        PurposeGrant grant =
                partner.grant(purpose)
                        .orElseThrow(
                                () ->
                                        ProblemException.ruleViolated(
                                                PURPOSE_RULE,
                                                BASIS,
                                                "Partner "
                                                        + partner.name()
                                                        + " is not registered to receive data for "
                                                        + purpose
                                                        + "."));
        PartnerReferral r = new PartnerReferral();
        r.id = UUID.randomUUID().toString();
        r.arrivalId = arrival.id();
        r.partnerId = partner.id();
        r.purpose = purpose;
        r.consentGiven = given;
        if (given) {
            r.consentRecordedBy =
                    consent.recordedBy() == null || consent.recordedBy().isBlank()
                            ? by
                            : consent.recordedBy();
            r.consentRecordedAt = consent.recordedAt() == null ? at : consent.recordedAt();
        } else {
            r.consentNotNeededReason = consent.notNeededReason();
        }
        r.referredBy = by;
        r.referredAt = at;
        grant.fields().forEach(f -> r.shared.putAll(f.of(arrival)));
        return r;
    }

    /** Stops the referral: who, when and why are kept; the data shared is erased. */
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

    public boolean active() {
        return withdrawnAt == null;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String arrivalId() {
        return arrivalId;
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
