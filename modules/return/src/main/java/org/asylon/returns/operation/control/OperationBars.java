package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.Rule;
import org.asylon.returns.decision.control.DecisionRecords;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.gate.control.ExecutionBarSource;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.operation.entity.FitnessAssessment;
import org.asylon.returns.operation.entity.OperationRules;
import org.asylon.returns.operation.entity.OperationStatus;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.operation.entity.TravelDocument;
import org.asylon.returns.protection.control.Fears;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * What this area knows that must stop a removal or a handover at a border at the moment it is
 * taken: no planned operation; a destination the person fears while the fear is unexamined; no
 * forced-return monitor where the profile's {@code return.forced-return.monitor} asks for one; no
 * medical finding of fitness to travel, or a finding of unfit; no travel document valid that day.
 * None of them can be overridden: each is lifted by recording what is missing. A voluntary
 * departure passes untouched. The gate asks this source at every step; operations staff see the
 * same list on the operation before they go.
 */
@ApplicationScoped
public class OperationBars implements ExecutionBarSource {

    private EntityManager em;
    private ActiveProfile profile;
    private Fears fears;
    private DecisionRecords decisions;

    protected OperationBars() {
        // for CDI's client proxy
    }

    @Inject
    public OperationBars(
            EntityManager em, ActiveProfile profile, Fears fears, DecisionRecords decisions) {
        this.em = em;
        this.profile = profile;
        this.fears = fears;
        this.decisions = decisions;
    }

    @Override
    public List<ExecutionBar> barsFor(ReturnCase returnCase, ExecutionStep step, Instant at) {
        if (step == ExecutionStep.DEPARTURE_CONFIRMED) {
            return List.of();
        }
        Optional<ReturnOperation> planned = planned(returnCase.id());
        if (planned.isEmpty()) {
            return List.of(
                    ExecutionBar.absolute(
                            OperationRules.PLANNED,
                            OperationRules.PLANNED_BASIS,
                            "No return operation is planned for this case: plan one (how, when,"
                                    + " from where, to which country, on which travel document)"
                                    + " before the person is removed or handed over."));
        }
        return barsFor(planned.get(), at);
    }

    /** What stands in the way of carrying this operation out at the given moment. */
    public List<ExecutionBar> barsFor(ReturnOperation operation, Instant at) {
        List<ExecutionBar> bars = new ArrayList<>();
        fearedDestination(operation.caseId(), operation.destinationCountry()).ifPresent(bars::add);
        decisions
                .inForce(operation.caseId())
                .map(d -> d.countryOfReturn().country())
                .filter(country -> !country.equals(operation.destinationCountry()))
                .ifPresent(
                        country ->
                                bars.add(
                                        ExecutionBar.absolute(
                                                OperationRules.DESTINATION,
                                                OperationRules.DESTINATION_BASIS,
                                                "The operation goes to "
                                                        + operation.destinationCountry()
                                                        + ", the return decision in force names "
                                                        + country
                                                        + ": replan the operation or change the"
                                                        + " decision's country of return.")));
        LegalProfile rules = profile.profile();
        if (rules.flag(OperationRules.MONITOR) && !operation.monitored()) {
            Rule rule = rules.rule(OperationRules.MONITOR);
            bars.add(
                    ExecutionBar.absolute(
                            OperationRules.MONITOR,
                            basis(rule),
                            "The profile requires a forced-return monitor for every removal, and no"
                                    + " monitor has taken this operation on."));
        }
        fitnessBar(operation).ifPresent(bars::add);
        travelDocumentBar(operation, OperationDays.dayOf(at, profile)).ifPresent(bars::add);
        return bars;
    }

    /**
     * A bar when the person fears the country of destination and the fear has not been examined
     * (the protection area's {@link Fears}): whatever else the gate finds, nobody is taken there.
     */
    public Optional<ExecutionBar> fearedDestination(String caseId, String destinationCountry) {
        String destination = Countries.comparable(destinationCountry);
        if (fears.fearedCountries(caseId).stream()
                .map(Countries::comparable)
                .noneMatch(destination::equals)) {
            return Optional.empty();
        }
        return Optional.of(
                ExecutionBar.absolute(
                        OperationRules.FEARED_COUNTRY,
                        labelled(
                                profile.profile().text(OperationRules.NON_REFOULEMENT_BASIS),
                                profile.profile().rule(OperationRules.NON_REFOULEMENT_BASIS)),
                        "The person fears "
                                + destinationCountry
                                + ", the operation's destination, and the fear has not been"
                                + " examined: choose another country of return, or wait until"
                                + " the asylum authority has examined it."));
    }

    /** The case's operation that is planned and not yet carried out or called off. */
    public Optional<ReturnOperation> planned(String caseId) {
        return em.createQuery(
                        "SELECT o FROM ReturnOperation o WHERE o.caseId = :c AND o.status = :s",
                        ReturnOperation.class)
                .setParameter("c", caseId)
                .setParameter("s", OperationStatus.PLANNED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The medical finding that counts: the latest examination (then the latest recorded). */
    public Optional<FitnessAssessment> latestFitness(String operationId) {
        return em.createQuery(
                        "SELECT a FROM FitnessAssessment a WHERE a.operationId = :o"
                                + " ORDER BY a.assessedAt DESC, a.recordedAt DESC",
                        FitnessAssessment.class)
                .setParameter("o", operationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Optional<ExecutionBar> fitnessBar(ReturnOperation operation) {
        Optional<FitnessAssessment> latest = latestFitness(operation.id());
        if (latest.isEmpty()) {
            return Optional.of(
                    fitness(
                            "No medical finding of fitness to travel is recorded for this"
                                    + " operation."));
        }
        if (!latest.get().finding().allowsTravel()) {
            return Optional.of(
                    fitness(
                            "The latest medical finding, of "
                                    + latest.get().assessedAt()
                                    + ", says the person is not fit to travel."));
        }
        return Optional.empty();
    }

    private Optional<ExecutionBar> travelDocumentBar(ReturnOperation operation, LocalDate day) {
        if (operation.travelDocumentId() == null) {
            return Optional.of(document("The operation names no travel document."));
        }
        TravelDocument d = em.find(TravelDocument.class, operation.travelDocumentId());
        if (d == null) {
            return Optional.of(document("The operation's travel document is not on record."));
        }
        if (d.validOn(day)) {
            return Optional.empty();
        }
        String why =
                switch (d.status()) {
                    case REQUESTED ->
                            "was requested from "
                                    + d.authority()
                                    + " on "
                                    + d.requestedOn()
                                    + " and has not been issued";
                    case REFUSED -> "was refused on " + d.refusedOn();
                    case ISSUED ->
                            day.isBefore(d.validFrom())
                                    ? "is valid only from " + d.validFrom()
                                    : "expired on " + d.validUntil();
                };
        return Optional.of(
                document(
                        "The travel document ("
                                + d.kind()
                                + ") "
                                + why
                                + "; today is "
                                + day
                                + "."));
    }

    private static ExecutionBar fitness(String detail) {
        return ExecutionBar.absolute(OperationRules.FITNESS, OperationRules.FITNESS_BASIS, detail);
    }

    private static ExecutionBar document(String detail) {
        return ExecutionBar.absolute(
                OperationRules.TRAVEL_DOCUMENT, OperationRules.TRAVEL_DOCUMENT_BASIS, detail);
    }

    /** The profile rule's basis, with its status where it is not confirmed. */
    static String basis(Rule rule) {
        return labelled(rule.basis(), rule);
    }

    private static String labelled(String basis, Rule rule) {
        return rule.status() == LegalStatus.CONFIRMED
                ? basis
                : basis + " [" + rule.status().code() + "]";
    }
}
