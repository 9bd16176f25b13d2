package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.operation.entity.ContactOutcome;
import org.asylon.returns.operation.entity.PostReturnConcern;
import org.asylon.returns.operation.entity.PostReturnReport;
import org.asylon.returns.operation.entity.ReporterKind;
import org.asylon.returns.operation.entity.ReturnOperation;

/**
 * Reports after a removal (10-Point Plan (2007), point 9: post-return monitoring), by a monitor or
 * by the partner designated on the operation. A partner reads only its own side's reports.
 */
@ApplicationScoped
@Transactional
public class PostReturnReports {

    public static final String RECORD_TYPE = "post-return-report";

    private EntityManager em;
    private Operations operations;
    private OperationsAccess access;
    private OperationEvents events;
    private AuditTrail audit;
    private ActiveProfile profile;
    private Clock clock;

    protected PostReturnReports() {
        // for CDI's client proxy
    }

    @Inject
    public PostReturnReports(
            EntityManager em,
            Operations operations,
            OperationsAccess access,
            OperationEvents events,
            AuditTrail audit,
            ActiveProfile profile,
            Clock clock) {
        this.em = em;
        this.operations = operations;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.profile = profile;
        this.clock = clock;
    }

    /** What the reporter learnt; {@code organisation} null: the designated partner's name. */
    public PostReturnReport report(
            String operationId,
            String organisation,
            LocalDate contactOn,
            ContactOutcome contact,
            PostReturnConcern concern,
            String note,
            Caller caller) {
        ReturnOperation operation = operations.find(operationId);
        ReporterKind as = access.requirePostReturnReporter(caller, operation);
        String body =
                organisation != null && !organisation.isBlank()
                        ? organisation
                        : as == ReporterKind.PARTNER ? operation.postReturnOrganisation() : null;
        if (body == null) {
            throw ProblemException.invalidField(
                    "organisation", "is required: the monitoring body you report for");
        }
        PostReturnReport report =
                new PostReturnReport(
                        operation,
                        as,
                        body,
                        contactOn,
                        operation.executedAt() == null
                                ? null
                                : OperationDays.dayOf(operation.executedAt(), profile),
                        OperationDays.today(clock, profile),
                        contact,
                        concern,
                        note,
                        caller.name(),
                        clock.instant());
        em.persist(report);
        em.flush();
        events.postReturnReported(report);
        audit.record(
                caller.name(),
                "post-return.reported",
                RECORD_TYPE,
                report.id(),
                "operation " + operationId + ", " + contact + ", " + concern);
        return report;
    }

    /**
     * The operation's reports, latest contact first; a partner sees the partner's reports only. The
     * reading is audited.
     */
    public List<PostReturnReport> ofOperation(String operationId, Caller caller) {
        ReturnOperation operation = operations.find(operationId);
        access.requirePostReturnReader(caller, operation);
        boolean partnerOnly =
                caller.has(Roles.PARTNER)
                        && !caller.has(Roles.MONITOR)
                        && !caller.has(Roles.RETURN_OFFICER)
                        && !caller.has(Roles.RETURN_AUTHORITY)
                        && !caller.has(Roles.RETURN_OPERATIONS);
        var query =
                em.createQuery(
                                "SELECT r FROM PostReturnReport r WHERE r.operationId = :op"
                                        + (partnerOnly ? " AND r.reportedAs = :as" : "")
                                        + " ORDER BY r.contactOn DESC, r.recordedAt DESC, r.id",
                                PostReturnReport.class)
                        .setParameter("op", operationId);
        if (partnerOnly) {
            query.setParameter("as", ReporterKind.PARTNER);
        }
        List<PostReturnReport> found = query.getResultList();
        audit.record(
                caller.name(),
                "post-return.listed",
                Operations.RECORD_TYPE,
                operationId,
                found.size() + " reports");
        return found;
    }
}
