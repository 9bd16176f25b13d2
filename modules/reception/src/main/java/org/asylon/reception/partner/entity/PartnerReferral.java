package org.asylon.reception.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.PartnerSharing;
import org.asylon.kernel.partner.PersonFacts;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharingRules;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.reception.arrival.entity.Arrival;

/**
 * A referral of one arrival to one partner for one purpose: the kernel's {@link PartnerSharing}
 * (consent, purpose, the snapshot of only the fields the purpose allows, withdrawal erasing it) on
 * reception's arrival.
 */
@Entity
@Table(name = "partner_referral")
public class PartnerReferral extends PartnerSharing {

    public static final String CONSENT_RULE = "reception.partner.consent";
    public static final String PURPOSE_RULE = "reception.partner.purpose";
    static final String BASIS =
            "UNHCR, Refugee Protection and Mixed Migration: a 10-Point Plan of Action (2007), "
                    + "points 4-5 and Annex II; UNHCR Policy on the Protection of Personal Data of Persons of Concern (2015), "
                    + "purpose specification and consent";
    private static final SharingRules RULES = new SharingRules(CONSENT_RULE, PURPOSE_RULE, BASIS);

    @Column(name = "arrival_id", nullable = false)
    private String arrivalId;

    protected PartnerReferral() {}

    private PartnerReferral(
            Arrival arrival,
            Partner partner,
            Purpose purpose,
            Consent consent,
            String by,
            Instant at) {
        super(RULES, partner, purpose, consent, facts(arrival), by, at);
        this.arrivalId = arrival.id();
    }

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
        return new PartnerReferral(arrival, partner, purpose, consent, by, at);
    }

    /** What reception can share about an arrival; nothing of a claim, a profile or a reason. */
    static PersonFacts facts(Arrival a) {
        return new PersonFacts(
                a.surname(),
                a.givenNames(),
                a.originalScriptName(),
                a.dateOfBirth(),
                a.sex(),
                a.nationalities(),
                a.languages(),
                a.specificNeeds(),
                a.unaccompaniedChild());
    }

    public String arrivalId() {
        return arrivalId;
    }
}
