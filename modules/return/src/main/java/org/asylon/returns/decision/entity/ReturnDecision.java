package org.asylon.returns.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ListItem;
import org.asylon.returns.decision.entity.DecisionTerms.CountryTerms;

/**
 * A return decision: the aggregate root of the decision component. It states the ground and its
 * legal basis ({@code return.decision.grounds}) with reasons, the period for voluntary departure
 * ({@link VoluntaryDeparture}: Return Directive 2008/115/EC, Art 7, in the EU profile), the entry
 * ban if any ({@link EntryBan}: Art 11(2)) and the country of return ({@link CountryOfReturn}:
 * never one the person fears). The period runs from notification (anchor {@code
 * return.decision.notification}); while it runs, and while an appeal with suspensive effect is
 * pending, nothing forced is done on it (control.DecisionBars tells the gate). A case has at most
 * one decision in force at a time.
 */
@Entity
@Table(name = "return_decision")
public class ReturnDecision {

    /**
     * Clock difference allowed between a desk and the server, and for forms that give times to the
     * minute: a time "now" may be this far ahead, a time after the decision this far before it.
     */
    static final Duration SKEW = Duration.ofMinutes(5);

    @Id private String id;

    @Version private long version;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DecisionStatus status;

    @Column(name = "ground_code", nullable = false)
    private String groundCode;

    @Column(name = "ground_basis", nullable = false)
    private String groundBasis;

    /** The status of the ground's basis in the profile (confirmed, unconfirmed, ...). */
    @Column(name = "ground_status", nullable = false)
    private String groundStatus;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Column(name = "border_procedure", nullable = false)
    private boolean borderProcedure;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Embedded private VoluntaryDeparture voluntaryDeparture;

    @Embedded private EntryBan entryBan;

    @Embedded private CountryOfReturn countryOfReturn;

    /** Why the country of return was changed after the decision, if it was. */
    @Column(name = "country_change_reasons")
    private String countryChangeReasons;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_method")
    private NotificationMethod notificationMethod;

    /** ISO 639-3: the language the decision, or its main points, were given in. */
    @Column(name = "notification_language")
    private String notificationLanguage;

    @Column(name = "notified_by")
    private String notifiedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal")
    private Withdrawal withdrawal;

    @Column(name = "withdrawal_reasons")
    private String withdrawalReasons;

    @Column(name = "annulled_at")
    private Instant annulledAt;

    @Column(name = "annulled_by_appeal")
    private String annulledByAppeal;

    @Embedded private Departure departure;

    protected ReturnDecision() {}

    /**
     * Issues a decision on the case, checking every rule of the profile.
     *
     * @param nationalities the nationalities the case records
     * @param feared the countries the person fears (protection area)
     * @param zone the profile's zone: the day of the decision is taken there
     * @throws ProblemException 422 naming the rule and its basis, or the field
     */
    public static ReturnDecision issue(
            String caseId,
            DecisionTerms terms,
            ReturnLaw law,
            List<String> nationalities,
            Collection<String> feared,
            String by,
            Instant at) {
        ListItem ground =
                law.grounds()
                        .item(terms.groundCode() == null ? "" : terms.groundCode().trim())
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "groundCode",
                                                "not a ground of the profile's "
                                                        + ReturnLaw.GROUNDS
                                                        + ": "
                                                        + law.grounds().choices()));
        if (VoluntaryDeparture.blank(terms.reasons())) {
            throw ProblemException.invalidField(
                    "reasons", "is required: the reasons in fact and law, for this person");
        }
        if (terms.countryOfReturn() == null) {
            throw ProblemException.invalidField(
                    "countryOfReturn", "is required: the country the person is to return to");
        }
        LocalDate day = LocalDate.ofInstant(at, law.zone());
        ReturnDecision d = new ReturnDecision();
        d.id = UUID.randomUUID().toString();
        d.caseId = caseId;
        d.status = DecisionStatus.ISSUED;
        d.groundCode = ground.code();
        d.groundBasis = ground.basis();
        d.groundStatus = ground.status().code();
        d.reasons = terms.reasons().strip();
        d.borderProcedure = terms.borderProcedure();
        d.countryOfReturn =
                CountryOfReturn.choose(terms.countryOfReturn(), law, nationalities, feared);
        d.voluntaryDeparture =
                VoluntaryDeparture.grant(
                        terms.voluntaryDeparture(), terms.borderProcedure(), law, day);
        d.entryBan = EntryBan.impose(terms.entryBan(), law, day);
        d.decidedBy = by;
        d.decidedAt = at;
        return d;
    }

    /**
     * Records the notification; the period for voluntary departure starts to run from it.
     *
     * @throws ProblemException 409 when already notified or no longer in force; 422 naming {@code
     *     notifiedAt} when it is in the future or before the decision
     */
    public void notify(
            Instant at,
            NotificationMethod method,
            String language,
            DepartureDue.Calendar calendar,
            String by,
            Instant now) {
        requireOpen();
        if (notifiedAt != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The decision was notified on " + notifiedAt + " already.");
        }
        if (at.isAfter(now.plus(SKEW))) {
            throw ProblemException.invalidField("notifiedAt", "cannot be in the future");
        }
        if (at.isBefore(decidedAt.minus(SKEW))) {
            throw ProblemException.invalidField(
                    "notifiedAt", "cannot be before the decision (" + decidedAt + ")");
        }
        this.notifiedAt = at;
        this.notificationMethod = method;
        this.notificationLanguage = language;
        this.notifiedBy = by;
        this.status = DecisionStatus.NOTIFIED;
        if (voluntaryDeparture.granted()) {
            voluntaryDeparture.notified(calendar.due(voluntaryDeparture, at));
        }
    }

    /**
     * Extends the period for the circumstances of the individual case (Art 7(2) in the EU profile).
     *
     * @throws ProblemException 422 {@code rule-violated} when no period was granted, the period has
     *     ended, or no circumstance of the profile is named; 409 when the decision is no longer in
     *     force
     */
    public DepartureExtension extend(
            int days,
            List<String> circumstances,
            String reasons,
            ReturnLaw law,
            DepartureDue.Calendar calendar,
            String by,
            Instant now) {
        requireOpen();
        if (days < 1) {
            throw ProblemException.invalidField("days", "must be at least 1");
        }
        if (VoluntaryDeparture.blank(reasons)) {
            throw ProblemException.invalidField(
                    "reasons", "is required: why this person needs more time");
        }
        List<String> codes = voluntaryDeparture.extend(days, circumstances, law, now);
        if (notifiedAt != null) {
            voluntaryDeparture.notified(calendar.due(voluntaryDeparture, notifiedAt));
        }
        return new DepartureExtension(this, days, codes, reasons.strip(), by, now);
    }

    /**
     * Names another country of return (e.g. once a fear of the first was stated), checked as at
     * issue.
     *
     * @return the country named before
     */
    public String changeCountry(
            CountryTerms terms,
            String reasons,
            ReturnLaw law,
            List<String> nationalities,
            Collection<String> feared) {
        requireOpen();
        if (VoluntaryDeparture.blank(reasons)) {
            throw ProblemException.invalidField(
                    "reasons", "is required: why the decision names another country");
        }
        String before = countryOfReturn.country();
        countryOfReturn = CountryOfReturn.choose(terms, law, nationalities, feared);
        countryChangeReasons = reasons.strip();
        return before;
    }

    /**
     * @throws ProblemException 409 when the decision is no longer in force or the person left
     */
    public void withdraw(Withdrawal why, String reasons, String by, Instant at) {
        requireOpen();
        if (why == Withdrawal.BY_AUTHORITY && VoluntaryDeparture.blank(reasons)) {
            throw ProblemException.invalidField(
                    "reasons", "is required: why the authority withdraws the decision");
        }
        this.status = DecisionStatus.WITHDRAWN;
        this.withdrawal = why;
        this.withdrawalReasons = VoluntaryDeparture.blank(reasons) ? null : reasons.strip();
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    /** The appeal body annulled the decision: nothing may be enforced on it any more. */
    void annul(String appealId, Instant at) {
        if (!status.live()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The decision is " + status + " already; an annulment changes nothing.");
        }
        this.status = DecisionStatus.ANNULLED;
        this.annulledAt = at;
        this.annulledByAppeal = appealId;
    }

    /**
     * Checks a departure the officer is about to confirm, before the gate is asked.
     *
     * @throws ProblemException 409 when the decision is not in force; 422 naming the field, or
     *     {@code return.country.non-refoulement} when the person fears the destination
     */
    public void requireDepartable(
            Instant departedAt,
            String destination,
            Collection<String> feared,
            ReturnLaw law,
            Instant now) {
        requireOpen();
        if (departedAt.isAfter(now.plus(SKEW))) {
            throw ProblemException.invalidField("departedAt", "cannot be in the future");
        }
        if (departedAt.isBefore(decidedAt.minus(SKEW))) {
            throw ProblemException.invalidField(
                    "departedAt",
                    "is before the decision ("
                            + decidedAt
                            + "): a departure before it is not a departure under it");
        }
        if (Countries.find(destination).filter(Country::namesAState).isEmpty()) {
            throw ProblemException.invalidField(
                    "destination", "must name a state: ISO 3166-1 alpha-3 in capitals");
        }
        CountryOfReturn.neverFeared(destination, feared, law);
    }

    /** Records the departure the gate let through (its check id). */
    public void departed(
            Instant departedAt,
            String destination,
            DepartureEvidence evidence,
            String crossingPoint,
            String gateCheckId,
            String by,
            Instant now) {
        requireOpen();
        boolean within =
                voluntaryDeparture.granted()
                        && (voluntaryDeparture.endsAt() == null
                                || departedAt.isBefore(voluntaryDeparture.endsAt()));
        this.departure =
                new Departure(
                        departedAt,
                        destination,
                        evidence,
                        crossingPoint,
                        gateCheckId,
                        within,
                        by,
                        now);
    }

    /**
     * @throws ProblemException 409 {@code conflict} when the decision is no longer in force or the
     *     person has left under it
     */
    public void requireOpen() {
        if (!status.live()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Return decision "
                            + id
                            + " is "
                            + status
                            + (status == DecisionStatus.ANNULLED
                                    ? " (annulled on appeal " + annulledByAppeal + ")"
                                    : "")
                            + ": it can no longer be changed or acted on.");
        }
        if (departure != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The person left on "
                            + departure.departedAt()
                            + " under return decision "
                            + id
                            + ".");
        }
    }

    /** Whether the decision is in force and the person has not left under it. */
    public boolean open() {
        return status.live() && departure == null;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String caseId() {
        return caseId;
    }

    public DecisionStatus status() {
        return status;
    }

    public String groundCode() {
        return groundCode;
    }

    public String groundBasis() {
        return groundBasis;
    }

    public String groundStatus() {
        return groundStatus;
    }

    public String reasons() {
        return reasons;
    }

    public boolean borderProcedure() {
        return borderProcedure;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public VoluntaryDeparture voluntaryDeparture() {
        return voluntaryDeparture;
    }

    /** Null when the decision imposes no entry ban. */
    public EntryBan entryBan() {
        return entryBan;
    }

    public CountryOfReturn countryOfReturn() {
        return countryOfReturn;
    }

    public String countryChangeReasons() {
        return countryChangeReasons;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public NotificationMethod notificationMethod() {
        return notificationMethod;
    }

    public String notificationLanguage() {
        return notificationLanguage;
    }

    public String notifiedBy() {
        return notifiedBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }

    public String withdrawalReasons() {
        return withdrawalReasons;
    }

    public Instant annulledAt() {
        return annulledAt;
    }

    public String annulledByAppeal() {
        return annulledByAppeal;
    }

    /** Null until the person's departure is confirmed. */
    public Departure departure() {
        return departure;
    }
}
