package org.asylon.returns.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.control.Listings;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.decision.entity.DecisionTerms;
import org.asylon.returns.decision.entity.DecisionTerms.CountryTerms;
import org.asylon.returns.decision.entity.DepartureExtension;
import org.asylon.returns.decision.entity.NotificationMethod;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.decision.entity.ReturnLaw;
import org.asylon.returns.decision.entity.Withdrawal;
import org.asylon.returns.gate.control.Gate;
import org.asylon.returns.gate.control.GateClearance;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.protection.control.Fears;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * Return decisions: issued on an open case (one in force at a time), read, notified (the period for
 * voluntary departure starts), extended, given another country of return, withdrawn, and the
 * person's departure confirmed at the gate, which closes the case. Every change and every read is
 * audited; every change is published.
 */
@ApplicationScoped
@Transactional
public class Decisions {

    private EntityManager em;
    private ReturnCases cases;
    private DecisionRecords records;
    private ReturnProfile profile;
    private Fears fears;
    private Gate gate;
    private DecisionEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Decisions() {
        // for CDI's client proxy
    }

    @Inject
    public Decisions(
            EntityManager em,
            ReturnCases cases,
            DecisionRecords records,
            ReturnProfile profile,
            Fears fears,
            Gate gate,
            DecisionEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.records = records;
        this.profile = profile;
        this.fears = fears;
        this.gate = gate;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a decision on the case.
     *
     * @throws ProblemException 404/409 for an unknown or ended case; 409 when a decision is in
     *     force already; 422 naming the rule or the field
     */
    public ReturnDecision issue(String caseId, DecisionTerms terms, Caller caller) {
        ReturnCase c = cases.requireOpen(caseId);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        records.inForce(caseId)
                .ifPresent(
                        d -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "Return decision "
                                            + d.id()
                                            + " is in force for this case: withdraw it before"
                                            + " issuing another.");
                        });
        ReturnDecision d =
                ReturnDecision.issue(
                        caseId,
                        terms,
                        profile.law(),
                        c.nationalities(),
                        fears.fearedCountries(caseId),
                        caller.name(),
                        Instant.now(clock));
        em.persist(d);
        em.flush();
        events.issued(d);
        audit.record(
                caller.name(),
                "decision.issued",
                DecisionRecords.DECISION,
                d.id(),
                "case " + caseId + ", ground " + d.groundCode());
        return d;
    }

    /** One decision with its extensions and appeals; audited. */
    public DecisionFile read(String id, Caller caller) {
        ReturnDecision d = records.decision(id);
        audit.record(caller.name(), "decision.read", DecisionRecords.DECISION, id, null);
        return file(d);
    }

    /** The case's decisions, the latest first; audited. */
    public List<DecisionFile> ofCase(String caseId, Caller caller) {
        cases.require(caseId);
        List<DecisionFile> files = records.ofCase(caseId).stream().map(this::file).toList();
        Listings.audit(
                audit,
                caller.name(),
                "decision.listed",
                "cases/" + caseId + "/decisions",
                files.stream().map(f -> f.decision().id()).toList());
        return files;
    }

    /** The file of a decision changed in this transaction (no read is audited). */
    public DecisionFile file(ReturnDecision d) {
        return new DecisionFile(
                d,
                records.extensions(d.id()),
                records.appeals(d.id()),
                leftAt(d),
                profile.law().zone());
    }

    /**
     * When the person left: the departure confirmed on the decision, or the case closed by a
     * removal or another confirmed departure (an AVRR partner's). The entry ban runs from then.
     */
    private Instant leftAt(ReturnDecision d) {
        if (d.departure() != null) {
            return d.departure().departedAt();
        }
        ReturnCase c = cases.require(d.caseId());
        return c.closure() == Closure.REMOVED || c.closure() == Closure.DEPARTED_VOLUNTARILY
                ? c.closedAt()
                : null;
    }

    /** Records the notification; the period for voluntary departure starts to run. */
    public ReturnDecision notify(
            String id,
            String ifMatch,
            Instant notifiedAt,
            NotificationMethod method,
            String language,
            Caller caller) {
        ReturnDecision d = change(id, ifMatch);
        d.notify(notifiedAt, method, language, profile.clock(), caller.name(), Instant.now(clock));
        events.notified(d);
        audit.record(
                caller.name(),
                "decision.notified",
                DecisionRecords.DECISION,
                id,
                method.name() + (language == null ? "" : ", " + language));
        return d;
    }

    /** Extends the period for the circumstances of the individual case. */
    public ReturnDecision extend(
            String id,
            String ifMatch,
            int days,
            List<String> circumstances,
            String reasons,
            Caller caller) {
        ReturnDecision d = change(id, ifMatch);
        DepartureExtension e =
                d.extend(
                        days,
                        circumstances,
                        reasons,
                        profile.law(),
                        profile.clock(),
                        caller.name(),
                        Instant.now(clock));
        em.persist(e);
        events.extended(d, e);
        audit.record(
                caller.name(),
                "decision.period-extended",
                DecisionRecords.DECISION,
                id,
                days + " days, " + String.join(",", e.circumstances()));
        return d;
    }

    /** Names another country of return, checked as at issue. */
    public ReturnDecision changeCountry(
            String id, String ifMatch, CountryTerms terms, String reasons, Caller caller) {
        ReturnDecision d = change(id, ifMatch);
        ReturnCase c = cases.require(d.caseId());
        String before =
                d.changeCountry(
                        terms,
                        reasons,
                        profile.law(),
                        c.nationalities(),
                        fears.fearedCountries(d.caseId()));
        events.countryChanged(d, before);
        audit.record(
                caller.name(),
                "decision.country-changed",
                DecisionRecords.DECISION,
                id,
                before + " -> " + d.countryOfReturn().country());
        return d;
    }

    /** The authority withdraws the decision, with written reasons. */
    public ReturnDecision withdraw(String id, String ifMatch, String reasons, Caller caller) {
        ReturnDecision d = change(id, ifMatch);
        d.withdraw(Withdrawal.BY_AUTHORITY, reasons, caller.name(), Instant.now(clock));
        events.withdrawn(d);
        audit.record(
                caller.name(), "decision.withdrawn", DecisionRecords.DECISION, id, "BY_AUTHORITY");
        return d;
    }

    /**
     * Withdraws the case's decision in force because an alternative migration outcome replaces the
     * return (the outcome component calls it in its own transaction).
     */
    public Optional<ReturnDecision> withdrawForOutcome(String caseId, Caller caller) {
        Optional<ReturnDecision> inForce = records.inForce(caseId);
        inForce.ifPresent(
                d -> {
                    em.lock(d, LockModeType.PESSIMISTIC_WRITE);
                    d.withdraw(
                            Withdrawal.ALTERNATIVE_OUTCOME,
                            null,
                            caller.name(),
                            Instant.now(clock));
                    events.withdrawn(d);
                    audit.record(
                            caller.name(),
                            "decision.withdrawn",
                            DecisionRecords.DECISION,
                            d.id(),
                            "ALTERNATIVE_OUTCOME");
                });
        return inForce;
    }

    /**
     * Confirms that the person left on their own: the departure is checked, the gate is asked at
     * this moment ({@link ExecutionStep#DEPARTURE_CONFIRMED}), the departure is recorded with the
     * gate's check and the case closes {@link Closure#DEPARTED_VOLUNTARILY}.
     *
     * @throws ProblemException 422 from the gate naming the bar's rule and basis
     */
    public ReturnDecision confirmDeparture(
            String id, String ifMatch, DepartureReport report, Caller caller) {
        ReturnDecision d = change(id, ifMatch);
        cases.requireOpen(d.caseId());
        Instant now = Instant.now(clock);
        ReturnLaw law = profile.law();
        d.requireDepartable(
                report.departedAt(),
                report.destination(),
                fears.fearedCountries(d.caseId()),
                law,
                now);
        GateClearance clearance =
                gate.clear(
                        d.caseId(),
                        ExecutionStep.DEPARTURE_CONFIRMED,
                        report.protectionCheck(),
                        caller);
        d.departed(
                report.departedAt(),
                report.destination(),
                report.evidence(),
                report.crossingPoint(),
                clearance.checkId(),
                caller.name(),
                now);
        events.departed(d);
        audit.record(
                caller.name(),
                "decision.departure-confirmed",
                DecisionRecords.DECISION,
                id,
                "to " + report.destination() + ", gate check " + clearance.checkId());
        cases.close(d.caseId(), Closure.DEPARTED_VOLUNTARILY, caller);
        return d;
    }

    private ReturnDecision change(String id, String ifMatch) {
        ReturnDecision d = records.decision(id);
        Versions.requireMatch(ifMatch, d.version());
        return d;
    }
}
