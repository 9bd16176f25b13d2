package org.asylon.returns.avrr.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.PartnerSharing;
import org.asylon.kernel.partner.PersonFacts;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharingRules;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * A referral of a return case to an AVRR partner: the aggregate root of assisted voluntary return.
 * It is the kernel's {@link PartnerSharing} (consent, purpose, a snapshot of only the fields the
 * purpose allows, withdrawal erasing it) on a return case, and it guards what makes return assisted
 * and voluntary, whoever calls it:
 *
 * <ul>
 *   <li>voluntariness is a precondition of AVRR (IOM; procedures-and-definitions.md §7): the
 *       person's own consent, never a reason it was not needed, and no departure with AVRR once it
 *       is withdrawn ({@value #VOLUNTARINESS_RULE});
 *   <li>the partner receives only identity fields its {@code ASSISTED_VOLUNTARY_RETURN} grant
 *       allows, from the case ({@link #facts}): nothing of RSD, no reason ({@value #CONSENT_RULE},
 *       {@value #PURPOSE_RULE});
 *   <li>counselling before the departure, post-arrival reports after it, nothing once consent is
 *       withdrawn.
 * </ul>
 */
@Entity
@Table(name = "partner_referral")
public class AvrrReferral extends PartnerSharing {

    public static final String VOLUNTARINESS_RULE = "return.avrr.voluntariness";
    public static final String CONSENT_RULE = "return.avrr.consent";
    public static final String PURPOSE_RULE = "return.avrr.purpose";
    public static final String VOLUNTARINESS_BASIS =
            "IOM, Assisted Voluntary Return and Reintegration (AVRR): support for migrants who"
                    + " volunteer to return; voluntariness is a precondition. UNHCR, Refugee"
                    + " Protection and Mixed Migration: a 10-Point Plan of Action (2007), point 9";
    public static final String SHARING_BASIS =
            "UNHCR, The 10-Point Plan in Action (2016), 5.2.3 protecting personal data; UNHCR"
                    + " Policy on the Protection of Personal Data of Persons of Concern (2015),"
                    + " purpose specification and consent";
    static final SharingRules RULES = new SharingRules(CONSENT_RULE, PURPOSE_RULE, SHARING_BASIS);

    /** How far ahead of the server's clock a time sent by a client may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(name = "departed_at")
    private Instant departedAt;

    @Column(name = "departure_confirmed_at")
    private Instant departureConfirmedAt;

    @Column(name = "departure_confirmed_by")
    private String departureConfirmedBy;

    @Column(name = "departure_gate_check_id")
    private String departureGateCheckId;

    protected AvrrReferral() {}

    private AvrrReferral(
            ReturnCase returnCase, Partner partner, Consent consent, String by, Instant at) {
        super(
                RULES,
                partner,
                Purpose.ASSISTED_VOLUNTARY_RETURN,
                consent,
                facts(returnCase),
                by,
                at);
        this.caseId = returnCase.id();
    }

    /**
     * Refers the case to the partner for assisted voluntary return.
     *
     * @throws ProblemException 409 when the case has ended; 422 {@code rule-violated} {@value
     *     #VOLUNTARINESS_RULE} without the person's own consent, or {@value #PURPOSE_RULE} when the
     *     partner is not registered for ASSISTED_VOLUNTARY_RETURN; 422 naming {@code
     *     consent.recordedAt} when it lies ahead
     */
    public static AvrrReferral make(
            ReturnCase returnCase, Partner partner, Consent consent, String by, Instant at) {
        returnCase.requireOpen();
        if (consent == null || !consent.given()) {
            throw ProblemException.ruleViolated(
                    VOLUNTARINESS_RULE,
                    VOLUNTARINESS_BASIS,
                    "Assisted voluntary return is for a person who volunteers to return:"
                            + " voluntariness is a precondition. Record the person's own consent"
                            + " to the referral (consent.given = true); a reason that consent was"
                            + " not needed does not replace it.");
        }
        if (consent.recordedAt() != null && consent.recordedAt().isAfter(at.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField("consent.recordedAt", "lies in the future");
        }
        return new AvrrReferral(returnCase, partner, consent, by, at);
    }

    /**
     * What return can share about the person: who they are, as the case knows them. A case holds
     * nothing of RSD's examination and no reasons, and the kernel's closed list of fields lets
     * nothing else out.
     */
    static PersonFacts facts(ReturnCase c) {
        return new PersonFacts(
                c.surname(),
                c.givenNames(),
                c.originalScriptName(),
                c.dateOfBirth(),
                c.sex(),
                c.nationalities(),
                List.of(),
                List.of(),
                c.unaccompaniedChild());
    }

    /**
     * Whether a departure at {@code departedAt} can be confirmed now; checked before the gate is
     * asked, and again by {@link #confirmDeparture}.
     *
     * @throws ProblemException 422 {@value #VOLUNTARINESS_RULE} once consent is withdrawn; 409 when
     *     the departure was already confirmed; 422 naming {@code departedAt} when it is missing,
     *     ahead of now or before the referral
     */
    public void checkDeparture(Instant departedAt, Instant now) {
        if (!active()) {
            throw ProblemException.ruleViolated(
                    VOLUNTARINESS_RULE,
                    VOLUNTARINESS_BASIS,
                    "The person withdrew consent to this referral on "
                            + withdrawnAt()
                            + ": a departure with assisted voluntary return needs their"
                            + " continuing will to return.");
        }
        if (departedAt() != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The departure on this referral was already confirmed (" + departedAt + ").");
        }
        if (departedAt == null) {
            throw ProblemException.invalidField("departedAt", "give the time of the departure");
        }
        if (departedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField(
                    "departedAt", "lies in the future: confirm a departure once it happened");
        }
        if (departedAt.isBefore(referredAt())) {
            throw ProblemException.invalidField(
                    "departedAt", "is before the referral (" + referredAt() + ")");
        }
    }

    /**
     * Records the departure the gate let through (its check id).
     *
     * @throws ProblemException as {@link #checkDeparture}
     */
    public void confirmDeparture(Instant departedAt, String gateCheckId, String by, Instant now) {
        checkDeparture(departedAt, now);
        this.departedAt = departedAt;
        this.departureGateCheckId = gateCheckId;
        this.departureConfirmedBy = by;
        this.departureConfirmedAt = now;
    }

    /**
     * A counselling session on this referral, before the departure.
     *
     * @throws ProblemException 409 once consent is withdrawn or after the departure; 422 naming
     *     {@code heldAt} ahead of now, {@code topics} when empty
     */
    public CounsellingSession counsel(
            Instant heldAt,
            Set<CounsellingTopic> topics,
            String notes,
            Counsellor counsellor,
            String by,
            Instant now) {
        requireActive();
        if (departedAt != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The person departed on "
                            + departedAt
                            + ": record what the partner did after arrival as a report.");
        }
        Instant held = heldAt == null ? now : heldAt;
        if (held.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalidField(
                    "heldAt", "lies in the future: record a session once it was held");
        }
        if (topics == null || topics.isEmpty()) {
            throw ProblemException.invalidField("topics", "name at least one topic");
        }
        return new CounsellingSession(this, held, topics, notes, counsellor, by, now);
    }

    /**
     * A partner's report after the departure.
     *
     * @throws ProblemException 409 once consent is withdrawn or before the departure; 422 naming
     *     {@code occurredOn} before the day of departure or after today
     */
    public PostArrivalReport report(
            ReportKind kind, LocalDate occurredOn, String notes, String by, Instant now) {
        requireActive();
        if (departedAt == null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "No departure is confirmed on this referral yet: post-arrival reports follow"
                            + " the departure.");
        }
        if (kind == null) {
            throw ProblemException.invalidField("kind", "give the kind of report");
        }
        LocalDate day = occurredOn == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : occurredOn;
        if (day.isBefore(LocalDate.ofInstant(departedAt, ZoneOffset.UTC))) {
            throw ProblemException.invalidField(
                    "occurredOn", "is before the departure (" + departedAt + ")");
        }
        if (day.isAfter(LocalDate.ofInstant(now.plus(Duration.ofDays(1)), ZoneOffset.UTC))) {
            throw ProblemException.invalidField("occurredOn", "lies in the future");
        }
        return new PostArrivalReport(this, kind, day, notes, by, now);
    }

    /** Why a referral stops when its case ends another way than by this departure. */
    public static final String CASE_ENDED = "the return case ended: ";

    /** The case ended another way: the referral stops and the shared fields are erased. */
    public void caseEnded(String closure, String by, Instant at) {
        withdrawConsent(CASE_ENDED + closure, by, at);
    }

    public ReferralStatus status() {
        if (!active()) {
            return withdrawalReason() != null && withdrawalReason().startsWith(CASE_ENDED)
                    ? ReferralStatus.CASE_ENDED
                    : ReferralStatus.CONSENT_WITHDRAWN;
        }
        return departedAt == null ? ReferralStatus.ACTIVE : ReferralStatus.DEPARTED;
    }

    public String caseId() {
        return caseId;
    }

    public Instant departedAt() {
        return departedAt;
    }

    public Instant departureConfirmedAt() {
        return departureConfirmedAt;
    }

    public String departureConfirmedBy() {
        return departureConfirmedBy;
    }

    public String departureGateCheckId() {
        return departureGateCheckId;
    }
}
