package org.asylon.returns.operation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.testing.MovableClock;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.gate.control.Gate;
import org.asylon.returns.gate.control.GateClearance;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.operation.entity.Escort;
import org.asylon.returns.operation.entity.EscortFunction;
import org.asylon.returns.operation.entity.FitnessAssessment;
import org.asylon.returns.operation.entity.FitnessFinding;
import org.asylon.returns.operation.entity.Observation;
import org.asylon.returns.operation.entity.ObservationAmendment;
import org.asylon.returns.operation.entity.OperationMode;
import org.asylon.returns.operation.entity.PostReturnReport;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.operation.entity.TravelDocument;
import org.asylon.returns.operation.entity.TravelDocumentKind;
import org.asylon.returns.protection.control.Fears;
import org.asylon.returns.returncase.control.ReturnCaseEvents;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.function.Executable;

/**
 * The return schema in memory with this area's controls built as CDI builds them, under a profile
 * (eu-pact-2026 unless a test names another), a clock the test moves, and a stand-in for the gate
 * that asks this area's {@link OperationBars} as the gate asks every source, and can be told to
 * refuse for protection as the real gate would. A refused attempt is recorded in a transaction of
 * its own, as {@link RefusedAttempts} does in the container ({@code REQUIRES_NEW}), so a test sees
 * it on the trail although the refused request rolled back.
 */
final class OperationsDatabase implements AutoCloseable {

    static final Caller OPERATIONS = Caller.withRoles("return.operations", Roles.RETURN_OPERATIONS);
    static final Caller OFFICER = Caller.withRoles("return.officer", Roles.RETURN_OFFICER);
    static final Caller AUTHORITY =
            Caller.withRoles("return.authority", Roles.RETURN_AUTHORITY, Roles.RETURN_OFFICER);
    static final Caller MONITOR = Caller.withRoles("monitor", Roles.MONITOR);
    static final Caller UNHCR = Caller.withRoles("monitor.unhcr", Roles.MONITOR);
    static final Caller IOM = Caller.withRoles("partner.iom", Roles.PARTNER);
    static final Caller OTHER_PARTNER = Caller.withRoles("partner.other", Roles.PARTNER);

    final TestDatabase db =
            TestDatabase.forModule(
                    "return",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    ReturnCase.class,
                    org.asylon.returns.decision.entity.ReturnDecision.class,
                    org.asylon.returns.decision.entity.VoluntaryDeparture.class,
                    org.asylon.returns.decision.entity.EntryBan.class,
                    org.asylon.returns.decision.entity.CountryOfReturn.class,
                    org.asylon.returns.decision.entity.Departure.class,
                    org.asylon.returns.decision.entity.DepartureExtension.class,
                    org.asylon.returns.decision.entity.DecisionAppeal.class,
                    TravelDocument.class,
                    ReturnOperation.class,
                    FitnessAssessment.class,
                    Observation.class,
                    ObservationAmendment.class,
                    PostReturnReport.class);

    final ActiveProfile profile;

    /** The desks' clock; tests move it. */
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));

    /** Set to make the gate refuse for protection, as the real gate does for a pending claim. */
    boolean protectionPending;

    /** The countries each case's person fears, unexamined (the protection area's answer). */
    final Map<String, List<String>> feared = new HashMap<>();

    /** The steps the gate was asked about, in order. */
    final List<ExecutionStep> gateAsked = new ArrayList<>();

    private int checks;

    OperationsDatabase() {
        this(new ActiveProfile(new ProfileLoader(), "eu-pact-2026"));
    }

    OperationsDatabase(ActiveProfile profile) {
        this.profile = profile;
    }

    /** This area's controls over one transaction's EntityManager. */
    final class Desks {
        final EntityManager em;
        final ReturnCases cases;
        final TravelDocuments documents;
        final OperationBars bars;
        final Operations operations;
        final Execution execution;
        final Observations observations;
        final PostReturnReports reports;

        Desks(EntityManager em) {
            this.em = em;
            AuditTrail audit = new AuditTrail(em);
            EventPublisher publisher = new EventPublisher(em);
            OperationEvents events = new OperationEvents(publisher);
            RefusedAttempts refused =
                    new RefusedAttempts(null) {
                        @Override
                        public void record(
                                String actor,
                                String action,
                                String recordType,
                                String recordId,
                                String details) {
                            db.readInTransaction(
                                    own ->
                                            new AuditTrail(own)
                                                    .record(
                                                            actor,
                                                            action,
                                                            recordType,
                                                            recordId,
                                                            details));
                        }
                    };
            OperationsAccess access = new OperationsAccess(refused);
            Operations[] observer = new Operations[1];
            cases =
                    new ReturnCases(
                            em,
                            audit,
                            new ReturnCaseEvents(
                                    publisher, closed -> observer[0].caseClosed(closed)),
                            clock);
            documents = new TravelDocuments(em, cases, events, audit, profile, clock);
            bars =
                    new OperationBars(
                            em,
                            profile,
                            new Fears() {
                                @Override
                                public List<String> fearedCountries(String caseId) {
                                    return feared.getOrDefault(caseId, List.of());
                                }
                            },
                            new org.asylon.returns.decision.control.DecisionRecords(em));
            operations = new Operations(em, cases, documents, bars, access, events, audit, clock);
            observer[0] = operations;
            execution =
                    new Execution(
                            em,
                            operations,
                            cases,
                            new StandInGate(cases, bars),
                            events,
                            audit,
                            clock);
            observations = new Observations(em, operations, access, events, audit, clock);
            reports = new PostReturnReports(em, operations, access, events, audit, profile, clock);
        }
    }

    /** The gate's contract as this area relies on it: every source asked at the step's moment. */
    private final class StandInGate extends Gate {
        private final ReturnCases cases;
        private final OperationBars bars;

        StandInGate(ReturnCases cases, OperationBars bars) {
            this.cases = cases;
            this.bars = bars;
        }

        @Override
        public GateClearance clear(
                String caseId, ExecutionStep step, DeskProtectionCheck deskCheck, Caller caller) {
            gateAsked.add(step);
            if (protectionPending) {
                throw ProblemException.ruleViolated(
                        "return.gate.claim-pending", "a stand-in basis", "A claim is pending.");
            }
            List<ExecutionBar> found = bars.barsFor(cases.require(caseId), step, clock.instant());
            if (!found.isEmpty()) {
                ExecutionBar first = found.get(0);
                throw ProblemException.ruleViolated(first.rule(), first.basis(), first.detail());
            }
            return new GateClearance("gate-check-" + (++checks), clock.instant(), List.of(), null);
        }
    }

    /** Runs work at the desks in one transaction (rolled back if it throws). */
    <T> T at(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    /** An open desk case for a person. */
    String openCase() {
        return db.readInTransaction(
                em -> {
                    ReturnCase c =
                            new ReturnCase(
                                    CaseOrigin.DESK,
                                    "irregular-stay",
                                    "desk file 2026/77",
                                    new ReturnCase.Person(
                                            "Haddad",
                                            "Karim",
                                            null,
                                            "1994-03-02",
                                            "M",
                                            List.of("IRQ"),
                                            false),
                                    new ReturnCase.Links(null, null, null),
                                    "return.officer",
                                    clock.instant());
                    em.persist(c);
                    return c.id();
                });
    }

    /** A laissez-passer requested for the case, issued valid for 30 days from today. */
    String issuedLaissezPasser(String caseId) {
        String id = requestedLaissezPasser(caseId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        at(
                d ->
                        d.documents.issue(
                                id,
                                "*",
                                new TravelDocumentIssue("LP-0042", today, null, today.plusDays(30)),
                                OPERATIONS));
        return id;
    }

    String requestedLaissezPasser(String caseId) {
        return at(
                d ->
                        d.documents
                                .request(
                                        caseId,
                                        new TravelDocumentRequest(
                                                TravelDocumentKind.LAISSEZ_PASSER,
                                                "IRQ",
                                                "Consulate General of Iraq, Rome",
                                                "NV 2026/311",
                                                null),
                                        OPERATIONS)
                                .id());
    }

    /** A flight to Baghdad in three days on the given travel document (may be null). */
    static ReturnOperation.Plan flight(Instant departureAt, String travelDocumentId) {
        return new ReturnOperation.Plan(
                OperationMode.FLIGHT,
                departureAt,
                "Rome Fiumicino (FCO)",
                "IRQ",
                "Baghdad International Airport",
                "IA 212",
                travelDocumentId);
    }

    String plan(String caseId, String travelDocumentId) {
        return at(
                d ->
                        d.operations
                                .plan(
                                        caseId,
                                        flight(
                                                clock.instant().plus(Duration.ofDays(3)),
                                                travelDocumentId),
                                        List.of(
                                                new Escort(
                                                        "escort.one", EscortFunction.TEAM_LEADER),
                                                new Escort("escort.two", EscortFunction.ESCORT)),
                                        OPERATIONS)
                                .id());
    }

    void fit(String operationId, FitnessFinding finding) {
        at(
                d ->
                        d.operations.recordFitness(
                                operationId,
                                new FitnessTerms(
                                        finding,
                                        null,
                                        "Dr A. Rossi",
                                        "MC-77",
                                        finding == FitnessFinding.FIT_WITH_CONDITIONS
                                                ? "Medication on board"
                                                : null),
                                OPERATIONS));
    }

    void monitored(String operationId) {
        at(d -> d.operations.takeOn(operationId, "*", "National preventive mechanism", MONITOR));
    }

    /** An operation ready to go: case, valid laissez-passer, fit, monitored. */
    String readyOperation() {
        String caseId = openCase();
        String operation = plan(caseId, issuedLaissezPasser(caseId));
        fit(operation, FitnessFinding.FIT);
        monitored(operation);
        return operation;
    }

    ReturnOperation operation(String id) {
        return at(d -> d.operations.find(id));
    }

    ReturnCase returnCase(String id) {
        return at(d -> d.cases.require(id));
    }

    /** The data of every event of the type, oldest first. */
    List<String> events(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList());
    }

    /** The audit records with the action, oldest first. */
    List<AuditRecord> audit(String action) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT a FROM AuditRecord a WHERE a.action = :a ORDER BY a.sequenceNumber",
                                        AuditRecord.class)
                                .setParameter("a", action)
                                .getResultList());
    }

    static ProblemException assertForbidden(Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.FORBIDDEN, refused.type(), refused.getMessage());
        return refused;
    }

    static ProblemException assertRule(String rule, Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.RULE_VIOLATED, refused.type(), refused.getMessage());
        assertEquals(rule, refused.extensions().get("rule"), refused.getMessage());
        return refused;
    }

    static ProblemException assertField(String field, Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.VALIDATION_FAILED, refused.type(), refused.getMessage());
        assertEquals(field, refused.fieldErrors().get(0).field(), refused.getMessage());
        return refused;
    }

    static ProblemException assertConflict(Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.CONFLICT, refused.type(), refused.getMessage());
        return refused;
    }

    @Override
    public void close() {
        db.close();
    }
}
