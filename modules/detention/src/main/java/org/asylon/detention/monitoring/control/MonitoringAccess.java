package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.asylon.detention.monitoring.entity.RecordsKept;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * Who may read and change the monitor's file, decided before anything is read or changed. The
 * monitor's private interviews and findings are read by monitors only (OPCAT Art 20(d), Art 18);
 * the recommendations also by the detention authority, which answers them; nobody but a monitor
 * changes a monitoring record and nobody deletes one ({@link RecordsKept}). Every refused attempt
 * is put on the audit trail (in its own transaction, see {@link RefusedAttempts}) before the
 * refusal is answered, so that the trail shows who tried.
 */
@ApplicationScoped
public class MonitoringAccess {

    /** Audit action of a refused read of the monitor's file. */
    public static final String READ_REFUSED = "monitoring.read-refused";

    /** Audit action of a refused change or deletion of a monitoring record. */
    public static final String CHANGE_REFUSED = "monitoring.change-refused";

    private RefusedAttempts refused;

    protected MonitoringAccess() {
        // for CDI's client proxy
    }

    @Inject
    public MonitoringAccess(RefusedAttempts refused) {
        this.refused = refused;
    }

    /** A read of interviews, findings or visits: monitors only. */
    public void requireMonitor(Caller caller, String recordType, String recordId) {
        if (!caller.has(Roles.MONITOR)) {
            refused.record(
                    caller.name(), READ_REFUSED, recordType, recordId, "read by " + roles(caller));
            throw forbidden(
                    "The monitors' visits, interviews and findings are read by independent monitors"
                            + " only.");
        }
    }

    /** A read of recommendations: monitors, and the detention authority that answers them. */
    public void requireMonitorOrAuthority(Caller caller, String recordType, String recordId) {
        if (!caller.has(Roles.MONITOR) && !caller.has(Roles.DETENTION_AUTHORITY)) {
            refused.record(
                    caller.name(), READ_REFUSED, recordType, recordId, "read by " + roles(caller));
            throw forbidden(
                    "Recommendations are read by the monitors who made them and by the detention"
                            + " authority that answers them.");
        }
    }

    /** A change a monitor may make (a visit's end, an amendment, a follow-up): monitors only. */
    public void requireMonitorToChange(
            Caller caller, String attempt, String recordType, String recordId) {
        if (!caller.has(Roles.MONITOR)) {
            refused.record(
                    caller.name(),
                    CHANGE_REFUSED,
                    recordType,
                    recordId,
                    attempt + " by " + roles(caller));
            throw forbidden("Only an independent monitor changes a monitoring record.");
        }
    }

    /**
     * A monitor amends only what they recorded themselves; another monitor's attempt is refused and
     * recorded like any other.
     */
    public void requireAuthor(
            Caller caller, String author, String attempt, String recordType, String recordId) {
        requireOwnBody(caller, caller.name().equals(author), attempt, recordType, recordId);
    }

    /**
     * A visit is ended, and a recommendation followed up, by the monitoring body that made it: by
     * its author, or by a monitor who has recorded visits for that same body. Another body's
     * monitor (UNHCR on the national preventive mechanism's record) is refused and recorded.
     *
     * @param ofTheBody whether the caller wrote the record or visits for the body that did
     */
    public void requireOwnBody(
            Caller caller, boolean ofTheBody, String attempt, String recordType, String recordId) {
        if (!ofTheBody) {
            refused.record(
                    caller.name(),
                    CHANGE_REFUSED,
                    recordType,
                    recordId,
                    attempt + " by " + roles(caller) + ", not the author or their body");
            throw forbidden(
                    "Only the monitoring body that made this record changes it: its author, or a"
                            + " monitor who visits for the same body.");
        }
    }

    /**
     * Every attempt to rewrite or delete a visit, an interview, a finding or a recommendation:
     * refused for everyone and recorded. A non-monitor gets 403 whether or not the record exists
     * (the answer tells nothing about the monitor's file); a monitor gets 422 naming the rule, or
     * 404 when there is no such record.
     *
     * @param method the HTTP method tried (PUT, PATCH, DELETE)
     * @param exists whether the record exists (asked only for a monitor)
     * @return the refusal to throw
     */
    public ProblemException refuseChange(
            Caller caller,
            String method,
            String recordType,
            String recordId,
            java.util.function.BooleanSupplier exists) {
        if (!caller.has(Roles.MONITOR)) {
            refused.record(
                    caller.name(),
                    CHANGE_REFUSED,
                    recordType,
                    recordId,
                    method + " by " + roles(caller));
            return forbidden(
                    "Nobody but an independent monitor changes a monitoring record, and nobody"
                            + " deletes one. The attempt is recorded on the audit trail.");
        }
        if (!exists.getAsBoolean()) {
            return ProblemException.notFound(recordType.replace('-', ' '), recordId);
        }
        refused.record(
                caller.name(),
                CHANGE_REFUSED,
                recordType,
                recordId,
                method + " by " + roles(caller));
        return ProblemException.ruleViolated(
                RecordsKept.RULE,
                RecordsKept.BASIS,
                "DELETE".equals(method)
                        ? "Monitoring records are never deleted; add an amendment."
                        : "Monitoring records are never rewritten; add an amendment to an interview"
                                + " or a finding, record a visit's end, or set a recommendation's"
                                + " follow-up.");
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
