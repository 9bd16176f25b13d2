package org.asylon.returns.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asylon.returns.decision.entity.CountryOfReturn;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.DecisionStatus;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.decision.entity.ReturnLaw;
import org.asylon.returns.decision.entity.Suspension;
import org.asylon.returns.decision.entity.VoluntaryDeparture;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.gate.control.ExecutionBarSource;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.protection.control.Fears;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * What the case's return decision puts in the way of a forced step (a removal executed, a handover
 * at a border) at the moment the gate asks. None of these bars can be overridden at the gate: each
 * ends when its fact ends (the appeal body rules, the period runs out, another country is named).
 *
 * <ul>
 *   <li>An appeal against the decision pending with suspensive effect, by law or by the appeal
 *       body's ruling, or a suspension the person asked for that awaits the ruling: rule {@code
 *       return.appeal.suspensive-effect}, on the basis the profile gave when the appeal was lodged
 *       (EU profile: Return Directive 2008/115/EC, Art 13(2); unconfirmed, not in the reference
 *       files). Stopping a removal while a requested suspension awaits the ruling is this module's
 *       reading: otherwise the remedy could be emptied by a removal the day before the ruling.
 *   <li>A period for voluntary departure granted and not yet begun (the decision is not notified)
 *       or still running: rule {@code return.removal.after-voluntary-departure}, on the basis of
 *       the period's rule (Return Directive 2008/115/EC, Art 7(1), in the EU profile); that a
 *       removal follows only once the period has ended is the expected content of Art 8(1),
 *       unconfirmed (not in the reference files), and is stated so in the bar.
 *   <li>A country of return the person fears: rule {@code return.country.non-refoulement}, on the
 *       profile's {@code entry.non-refoulement.basis}.
 *   <li>The latest decision annulled on appeal and no decision in force since: rule {@code
 *       return.decision.annulled}.
 * </ul>
 *
 * A departure on the person's own ({@link ExecutionStep#DEPARTURE_CONFIRMED}) is never barred here:
 * leaving within the period is what the period is for, and an appeal does not oblige anyone to
 * stay.
 */
@ApplicationScoped
public class DecisionBars implements ExecutionBarSource {

    static final String AFTER_PERIOD_BASIS =
            "removal only once the period for voluntary departure has ended (expected: Return"
                    + " Directive 2008/115/EC, Art 8(1); UNCONFIRMED, not in the reference files)";

    private DecisionRecords records;
    private ReturnProfile profile;
    private Fears fears;

    protected DecisionBars() {
        // for CDI's client proxy
    }

    @Inject
    public DecisionBars(DecisionRecords records, ReturnProfile profile, Fears fears) {
        this.records = records;
        this.profile = profile;
        this.fears = fears;
    }

    @Override
    public List<ExecutionBar> barsFor(ReturnCase returnCase, ExecutionStep step, Instant at) {
        if (step == ExecutionStep.DEPARTURE_CONFIRMED) {
            return List.of();
        }
        Optional<ReturnDecision> inForce = records.inForce(returnCase.id());
        if (inForce.isEmpty()) {
            List<ExecutionBar> annulled = annulled(returnCase.id());
            if (!annulled.isEmpty() || !needsDecision(returnCase)) {
                return annulled;
            }
            return List.of(
                    ExecutionBar.absolute(
                            ReturnLaw.IN_FORCE,
                            profile.law().grounds().basis() + " (" + ReturnLaw.GROUNDS + ")",
                            "No return decision is in force on this case: a removal enforces one."
                                    + " Issue and notify it (POST cases/{id}/decisions)."));
        }
        ReturnDecision d = inForce.get();
        List<ExecutionBar> bars = new ArrayList<>();
        records.pendingAppeal(d.id()).flatMap(DecisionBars::appealBar).ifPresent(bars::add);
        periodBar(d, at).ifPresent(bars::add);
        if (d.countryOfReturn().feared(fears.fearedCountries(returnCase.id()))) {
            ReturnLaw law = profile.law();
            bars.add(
                    ExecutionBar.absolute(
                            ReturnLaw.NON_REFOULEMENT,
                            law.nonRefoulementBasis(),
                            "The person has stated a fear of "
                                    + CountryOfReturn.name(d.countryOfReturn().country())
                                    + ", the country of return decision "
                                    + d.id()
                                    + ": no one is sent there. Answer the protection question,"
                                    + " then name another country on the decision if there is"
                                    + " one."));
        }
        return bars;
    }

    static Optional<ExecutionBar> appealBar(DecisionAppeal a) {
        if (a.suspends()) {
            return Optional.of(
                    ExecutionBar.absolute(
                            ReturnLaw.SUSPENSIVE_EFFECT,
                            a.suspensiveBasis(),
                            "Appeal "
                                    + a.id()
                                    + " against the return decision, lodged on "
                                    + a.lodgedAt()
                                    + " with "
                                    + a.appealBody()
                                    + ", is pending and suspends enforcement ("
                                    + (a.suspension() == Suspension.BY_LAW
                                            ? "by law under the profile"
                                            : "the appeal body suspended it on "
                                                    + a.suspensionRuledAt())
                                    + ")."));
        }
        if (a.awaitsSuspensionRuling()) {
            return Optional.of(
                    ExecutionBar.absolute(
                            ReturnLaw.SUSPENSIVE_EFFECT,
                            a.suspensiveBasis(),
                            "Appeal "
                                    + a.id()
                                    + " against the return decision is pending and the person"
                                    + " asked "
                                    + a.appealBody()
                                    + " to suspend enforcement: no removal until it rules."));
        }
        return Optional.empty();
    }

    static Optional<ExecutionBar> periodBar(ReturnDecision d, Instant at) {
        VoluntaryDeparture p = d.voluntaryDeparture();
        if (!p.granted()) {
            return Optional.empty();
        }
        String basis = p.periodBasis() + "; " + AFTER_PERIOD_BASIS;
        if (d.status() == DecisionStatus.ISSUED) {
            return Optional.of(
                    ExecutionBar.absolute(
                            ReturnLaw.REMOVAL_AFTER_PERIOD,
                            basis,
                            "Return decision "
                                    + d.id()
                                    + " grants "
                                    + p.totalDays()
                                    + " days for voluntary departure and is not notified yet:"
                                    + " the period has not begun."));
        }
        if (p.runsAt(at)) {
            return Optional.of(
                    ExecutionBar.absolute(
                            ReturnLaw.REMOVAL_AFTER_PERIOD,
                            basis,
                            "The period for voluntary departure of return decision "
                                    + d.id()
                                    + " runs until the end of "
                                    + p.lastDay()
                                    + " ("
                                    + p.explanation()
                                    + ")."));
        }
        return Optional.empty();
    }

    /** A refusal of entry (the border's) or a readmission transfer is its own title. */
    static boolean needsDecision(ReturnCase c) {
        return c.origin() == CaseOrigin.RSD || c.origin() == CaseOrigin.DESK;
    }

    /** The country of return of the decision in force, if any (operations compare with it). */
    public Optional<String> countryOfReturn(String caseId) {
        return records.inForce(caseId).map(d -> d.countryOfReturn().country());
    }

    private List<ExecutionBar> annulled(String caseId) {
        return records.ofCase(caseId).stream()
                .filter(d -> d.status() != DecisionStatus.WITHDRAWN)
                .findFirst()
                .filter(d -> d.status() == DecisionStatus.ANNULLED)
                .map(
                        d ->
                                List.of(
                                        ExecutionBar.absolute(
                                                ReturnLaw.ANNULLED,
                                                "the appeal body's decision on appeal "
                                                        + d.annulledByAppeal()
                                                        + " annulling return decision "
                                                        + d.id(),
                                                "Return decision "
                                                        + d.id()
                                                        + " was annulled on appeal on "
                                                        + d.annulledAt()
                                                        + " and no decision is in force since:"
                                                        + " nothing may be enforced on it.")))
                .orElse(List.of());
    }
}
