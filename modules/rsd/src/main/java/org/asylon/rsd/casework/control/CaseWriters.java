package org.asylon.rsd.casework.control;

import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * Who may write a case's RSD content (interview record, assessment): the eligibility officer assigned
 * to the file, or an RSD supervisor. Other RSD staff are refused naming the rule; anyone who may not
 * even see the case is told it does not exist.
 */
public final class CaseWriters {

    public static final String RULE = "rsd.case-work.assigned-officer";

    private CaseWriters() {
    }

    public static void requireWriter(AsylumApplication a, Caller caller, String what) {
        if (!CaseAccess.maySeeSummary(a, caller)) {
            throw ProblemException.notFound("application", a.id());
        }
        boolean assigned = caller.has(Roles.ELIGIBILITY_OFFICER) && caller.name().equals(a.assignedOfficer());
        if (!assigned && !caller.has(Roles.RSD_SUPERVISOR)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the eligibility officer assigned to application "
                    + a.id() + (a.assignedOfficer() == null ? " (none yet)" : " (" + a.assignedOfficer() + ")")
                    + " or an RSD supervisor may write its " + what + ".", List.of(), Map.of("rule", RULE));
        }
    }
}
