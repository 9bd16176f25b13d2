package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.operation.entity.OperationRules;
import org.asylon.returns.operation.entity.ReporterKind;
import org.asylon.returns.operation.entity.ReturnOperation;

/**
 * Who may read and write the monitors' observations and the reports after return, decided before
 * anything is read or changed. Observations are read by monitors and by the return authority that
 * answers for the operations; only a monitor adds one, only its author amends it, and nobody
 * rewrites or deletes one ({@link OperationRules#RECORDS_KEPT}). After a removal, a monitor or an
 * account of the partner designated on the operation reports back. Every refused attempt is put on
 * the audit trail in its own transaction ({@link RefusedAttempts}) before the refusal is answered.
 */
@ApplicationScoped
public class OperationsAccess {

    /** Audit action of a refused read of observations or of the reports after return. */
    public static final String READ_REFUSED = "operation-monitoring.read-refused";

    /** Audit action of a refused change of an observation, or a refused report after return. */
    public static final String CHANGE_REFUSED = "operation-monitoring.change-refused";

    private RefusedAttempts refused;

    protected OperationsAccess() {
        // for CDI's client proxy
    }

    @Inject
    public OperationsAccess(RefusedAttempts refused) {
        this.refused = refused;
    }

    /** A read of observations: monitors and the return authority. */
    public void requireObservationReader(Caller caller, String recordType, String recordId) {
        if (!caller.has(Roles.MONITOR) && !caller.has(Roles.RETURN_AUTHORITY)) {
            refused.record(
                    caller.name(), READ_REFUSED, recordType, recordId, "read by " + roles(caller));
            throw forbidden(
                    "A forced-return monitor's observations are read by the monitors and by the"
                            + " return authority only.");
        }
    }

    /** What only a monitor does: take an operation on, record an observation. */
    public void requireMonitor(Caller caller, String attempt, String recordType, String recordId) {
        if (!caller.has(Roles.MONITOR)) {
            refused.record(
                    caller.name(),
                    CHANGE_REFUSED,
                    recordType,
                    recordId,
                    attempt + " by " + roles(caller));
            throw forbidden("Only a forced-return monitor does this.");
        }
    }

    /** An amendment: a monitor, and only the observation's author. */
    public void requireAuthor(
            Caller caller, String author, String attempt, String recordType, String recordId) {
        if (!caller.has(Roles.MONITOR) || !caller.name().equals(author)) {
            refused.record(
                    caller.name(),
                    CHANGE_REFUSED,
                    recordType,
                    recordId,
                    attempt + " by " + roles(caller) + ", not the author");
            throw forbidden("Only the monitor who recorded an observation amends it.");
        }
    }

    /**
     * Every attempt to rewrite or delete an observation: refused for everyone and recorded. A
     * caller who is neither a monitor nor the return authority gets 403 whether or not the record
     * exists; a monitor or the authority gets 404 for no such record, else 422 naming the rule.
     *
     * @param method the HTTP method tried (PUT, PATCH, DELETE)
     * @return the refusal to throw
     */
    public ProblemException refuseChange(
            Caller caller,
            String method,
            String recordType,
            String recordId,
            BooleanSupplier exists) {
        refused.record(
                caller.name(),
                CHANGE_REFUSED,
                recordType,
                recordId,
                method + " by " + roles(caller));
        if (!caller.has(Roles.MONITOR) && !caller.has(Roles.RETURN_AUTHORITY)) {
            return forbidden(
                    "Nobody changes or deletes a forced-return monitor's observation. The attempt"
                            + " is recorded on the audit trail.");
        }
        if (!exists.getAsBoolean()) {
            return ProblemException.notFound("observation", recordId);
        }
        return ProblemException.ruleViolated(
                OperationRules.RECORDS_KEPT,
                OperationRules.RECORDS_KEPT_BASIS,
                "DELETE".equals(method)
                        ? "Observations are never deleted; their author may add an amendment."
                        : "Observations are never rewritten; their author may add an amendment.");
    }

    /**
     * Who reports back after the removal: a monitor, or an account of the partner designated on the
     * operation.
     */
    public ReporterKind requirePostReturnReporter(Caller caller, ReturnOperation operation) {
        if (caller.has(Roles.MONITOR)) {
            return ReporterKind.MONITOR;
        }
        if (caller.has(Roles.PARTNER) && operation.reportsBackAfterReturn(caller.name())) {
            return ReporterKind.PARTNER;
        }
        refused.record(
                caller.name(),
                CHANGE_REFUSED,
                Operations.RECORD_TYPE,
                operation.id(),
                "post-return report by " + roles(caller) + ", not designated");
        throw forbidden(
                "Only a monitor or an account of the partner designated on this operation reports"
                        + " back after return.");
    }

    /**
     * Who reads the reports after return: the return roles and monitors, and the designated
     * partner's accounts.
     */
    public void requirePostReturnReader(Caller caller, ReturnOperation operation) {
        if (caller.has(Roles.RETURN_OFFICER)
                || caller.has(Roles.RETURN_AUTHORITY)
                || caller.has(Roles.RETURN_OPERATIONS)
                || caller.has(Roles.MONITOR)
                || (caller.has(Roles.PARTNER) && operation.reportsBackAfterReturn(caller.name()))) {
            return;
        }
        refused.record(
                caller.name(),
                READ_REFUSED,
                Operations.RECORD_TYPE,
                operation.id(),
                "post-return reports read by " + roles(caller) + ", not designated");
        throw forbidden("A partner reads the reports after return of its own operations only.");
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** The suite roles the caller holds, for the audit details (never more than role names). */
    static String roles(Caller caller) {
        String held =
                Arrays.stream(Roles.ALL).filter(caller::has).collect(Collectors.joining(", "));
        return held.isEmpty() ? "a user without a suite role" : held;
    }
}
