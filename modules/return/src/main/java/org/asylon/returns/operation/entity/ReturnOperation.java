package org.asylon.returns.operation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.gate.entity.ExecutionStep;

/**
 * One removal of one person: the aggregate root of a return operation. It is planned (how, when,
 * from where, to which country, on which travel document), staffed (escorts named by operations
 * staff, forced-return monitors who take it on themselves), examined (medical findings of fitness
 * to travel) and then either carried out, once, through the gate, or called off. Whether it may be
 * carried out at a given moment is not decided here but by the gate, which asks {@code
 * OperationBars} among its sources; what is decided here is that nothing changes an operation that
 * is no longer planned, and that nobody both escorts and monitors it ({@link
 * OperationRules#MONITOR_INDEPENDENCE}).
 */
@Entity
@Table(name = "return_operation")
public class ReturnOperation {

    @Id private String id;

    @Version private long version;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false)
    private OperationMode mode;

    @Column(name = "departure_at", nullable = false)
    private Instant departureAt;

    /** The airport, port or crossing point the person leaves from. */
    @Column(name = "departure_place", nullable = false)
    private String departurePlace;

    @Column(name = "destination_country", nullable = false)
    private String destinationCountry;

    @Column(name = "destination_place")
    private String destinationPlace;

    /** Flight number, ship, or convoy reference; one charter shared by several operations. */
    @Column(name = "carrier_reference")
    private String carrierReference;

    @Column(name = "travel_document_id")
    private String travelDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OperationStatus status;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(name = "planned_by", nullable = false)
    private String plannedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operation_escort", joinColumns = @JoinColumn(name = "operation_id"))
    @OrderColumn(name = "position")
    private List<Escort> escorts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operation_monitor", joinColumns = @JoinColumn(name = "operation_id"))
    @OrderColumn(name = "position")
    private List<MonitorAssignment> monitors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "executed_step")
    private ExecutionStep executedStep;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Column(name = "executed_by")
    private String executedBy;

    /** The gate's check that let the step through. */
    @Column(name = "gate_check_id")
    private String gateCheckId;

    /** For a handover: the other state's authority that took the person over. */
    @Column(name = "receiving_authority")
    private String receivingAuthority;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    /** The partner organisation that reports back after return, if one is designated. */
    @Column(name = "post_return_organisation")
    private String postReturnOrganisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "operation_post_return_user",
            joinColumns = @JoinColumn(name = "operation_id"))
    @OrderColumn(name = "position")
    @Column(name = "user_name", nullable = false)
    private List<String> postReturnUsers = new ArrayList<>();

    protected ReturnOperation() {}

    public ReturnOperation(String caseId, Plan plan, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        apply(plan);
        this.status = OperationStatus.PLANNED;
        this.plannedBy = by;
        this.plannedAt = at;
    }

    /** How, when and where the person is taken, and on which travel document (may be null). */
    public record Plan(
            OperationMode mode,
            Instant departureAt,
            String departurePlace,
            String destinationCountry,
            String destinationPlace,
            String carrierReference,
            String travelDocumentId) {}

    /**
     * A new plan: another date, flight, crossing or travel document.
     *
     * @throws ProblemException 409 when the operation is no longer planned
     */
    public void replan(Plan plan) {
        requirePlanned();
        apply(plan);
    }

    private void apply(Plan plan) {
        requireState("destinationCountry", plan.destinationCountry());
        this.mode = plan.mode();
        this.departureAt = plan.departureAt();
        this.departurePlace = plan.departurePlace();
        this.destinationCountry = plan.destinationCountry();
        this.destinationPlace = plan.destinationPlace();
        this.carrierReference = plan.carrierReference();
        this.travelDocumentId = plan.travelDocumentId();
    }

    /**
     * The escort team, replacing the one before.
     *
     * @throws ProblemException 409 when the operation is no longer planned; naming {@code escorts}
     *     when a name is given twice; 422 {@link OperationRules#MONITOR_INDEPENDENCE} when an
     *     escort is a monitor of the operation
     */
    public void assignEscorts(List<Escort> team) {
        requirePlanned();
        Set<String> seen = new HashSet<>();
        for (Escort e : team) {
            if (!seen.add(e.userName())) {
                throw ProblemException.invalidField("escorts", e.userName() + " is named twice");
            }
            if (monitoredBy(e.userName())) {
                throw independence(e.userName() + " monitors this operation and cannot escort it.");
            }
        }
        escorts.clear();
        escorts.addAll(team);
    }

    /**
     * A forced-return monitor takes the operation on. Taking it on twice changes nothing.
     *
     * @return whether the monitor is new to the operation
     * @throws ProblemException 409 when the operation is no longer planned; 422 {@link
     *     OperationRules#MONITOR_INDEPENDENCE} when the monitor escorts it
     */
    public boolean assignMonitor(String userName, String organisation, Instant at) {
        requirePlanned();
        if (escorts.stream().anyMatch(e -> e.userName().equals(userName))) {
            throw independence(userName + " escorts this operation and cannot monitor it.");
        }
        if (monitoredBy(userName)) {
            return false;
        }
        monitors.add(new MonitorAssignment(userName, organisation, at));
        return true;
    }

    /**
     * A medical finding on fitness to travel, for this operation.
     *
     * @throws ProblemException 409 when the operation is no longer planned; naming {@code
     *     assessedAt} when the examination is dated after now; naming {@code conditions} when a
     *     conditional finding states none
     */
    public FitnessAssessment recordFitness(
            FitnessFinding finding,
            Instant assessedAt,
            String assessedBy,
            String certificateReference,
            String conditions,
            String by,
            Instant now) {
        requirePlanned();
        if (assessedAt.isAfter(now)) {
            throw ProblemException.invalidField("assessedAt", "cannot be in the future");
        }
        if (finding == FitnessFinding.FIT_WITH_CONDITIONS
                && (conditions == null || conditions.isBlank())) {
            throw ProblemException.invalidField(
                    "conditions", "is required for a finding of FIT_WITH_CONDITIONS");
        }
        return new FitnessAssessment(
                id, finding, assessedAt, assessedBy, certificateReference, conditions, by, now);
    }

    /**
     * Records the step the gate let through ({@code checkId}): the removal executed or the handover
     * at a border.
     *
     * @throws ProblemException 409 when the operation is no longer planned; naming {@code
     *     receivingAuthority} when a handover names none
     */
    public void executed(
            ExecutionStep step, String checkId, String receivingAuthority, String by, Instant at) {
        requirePlanned();
        if (step == ExecutionStep.DEPARTURE_CONFIRMED) {
            throw new IllegalArgumentException("a voluntary departure is not an operation's step");
        }
        if (step == ExecutionStep.BORDER_HANDOVER
                && (receivingAuthority == null || receivingAuthority.isBlank())) {
            throw ProblemException.invalidField(
                    "receivingAuthority", "is required for a handover at a border");
        }
        this.status = OperationStatus.EXECUTED;
        this.executedStep = step;
        this.gateCheckId = checkId;
        this.receivingAuthority = receivingAuthority;
        this.executedBy = by;
        this.executedAt = at;
    }

    /**
     * @throws ProblemException 409 when the operation is no longer planned
     */
    public void cancel(CancellationReason reason, String by, Instant at) {
        requirePlanned();
        this.status = OperationStatus.CANCELLED;
        this.cancellationReason = reason;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    /**
     * The partner that reports back after return, with the user names of its accounts; replaces the
     * one before.
     *
     * @throws ProblemException 409 when the operation was cancelled
     */
    public void designatePostReturnPartner(String organisation, List<String> users) {
        if (status == OperationStatus.CANCELLED) {
            throw conflict();
        }
        this.postReturnOrganisation = organisation;
        this.postReturnUsers.clear();
        this.postReturnUsers.addAll(users.stream().distinct().toList());
    }

    /** Whether the user is one of the designated partner's accounts. */
    public boolean reportsBackAfterReturn(String userName) {
        return postReturnUsers.contains(userName);
    }

    public boolean monitoredBy(String userName) {
        return monitors.stream().anyMatch(m -> m.userName().equals(userName));
    }

    public boolean monitored() {
        return !monitors.isEmpty();
    }

    /**
     * @throws ProblemException 409 when the operation was carried out or called off
     */
    public void requirePlanned() {
        if (status != OperationStatus.PLANNED) {
            throw conflict();
        }
    }

    private ProblemException conflict() {
        return new ProblemException(
                ProblemType.CONFLICT,
                "Return operation "
                        + id
                        + " is "
                        + status
                        + (status == OperationStatus.EXECUTED
                                ? " (" + executedStep + " at " + executedAt + ")."
                                : status == OperationStatus.CANCELLED
                                        ? " (" + cancellationReason + " at " + cancelledAt + ")."
                                        : "."));
    }

    /** A person is returned to, and travels on a document of, a state: not XXA, not UNO. */
    static void requireState(String field, String code) {
        if (Countries.find(code).filter(Country::namesAState).isEmpty()) {
            throw ProblemException.invalidField(
                    field, "must name a state (ISO 3166-1 alpha-3, or D or RKS), not " + code);
        }
    }

    private static ProblemException independence(String detail) {
        return ProblemException.ruleViolated(
                OperationRules.MONITOR_INDEPENDENCE,
                OperationRules.MONITOR_INDEPENDENCE_BASIS,
                detail);
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

    public OperationMode mode() {
        return mode;
    }

    public Instant departureAt() {
        return departureAt;
    }

    public String departurePlace() {
        return departurePlace;
    }

    public String destinationCountry() {
        return destinationCountry;
    }

    public String destinationPlace() {
        return destinationPlace;
    }

    public String carrierReference() {
        return carrierReference;
    }

    public String travelDocumentId() {
        return travelDocumentId;
    }

    public OperationStatus status() {
        return status;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public List<Escort> escorts() {
        return List.copyOf(escorts);
    }

    public List<MonitorAssignment> monitors() {
        return List.copyOf(monitors);
    }

    public ExecutionStep executedStep() {
        return executedStep;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public String executedBy() {
        return executedBy;
    }

    public String gateCheckId() {
        return gateCheckId;
    }

    public String receivingAuthority() {
        return receivingAuthority;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String postReturnOrganisation() {
        return postReturnOrganisation;
    }

    public List<String> postReturnUsers() {
        return List.copyOf(postReturnUsers);
    }
}
