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
 * Who may write a case's RSD content (interview record, assessment): the eligibility officer
 * assigned to the file, or an RSD supervisor; the record of an interview also the interviewer
 * booked for it (who held it, e.g. a woman interviewer booked to honour a same-gender request).
 * Other RSD staff are refused naming the rule; anyone who may not even see the case is told it does
 * not exist.
 */
public final class CaseWriters {

    public static final String RULE = "rsd.case-work.assigned-officer";

    private CaseWriters() {}

    public static void requireWriter(AsylumApplication a, Caller caller, String what) {
        requireWriter(a, caller, what, null);
    }

    /**
     * As {@link #requireWriter(AsylumApplication, Caller, String)}, and lets through the
     * interviewer booked for the interview whose record it is.
     *
     * @param bookedInterviewer the user name of the interviewer booked, or null when the content is
     *     no record
     */
    public static void requireWriter(
            AsylumApplication a, Caller caller, String what, String bookedInterviewer) {
        if (!CaseAccess.maySeeSummary(a, caller)) {
            throw ProblemException.notFound("application", a.id());
        }
        boolean assigned =
                caller.has(Roles.ELIGIBILITY_OFFICER) && caller.name().equals(a.assignedOfficer());
        if (isBookedInterviewer(caller, bookedInterviewer)) {
            return;
        }
        if (!assigned && !caller.has(Roles.RSD_SUPERVISOR)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "Only the eligibility officer assigned to application "
                            + a.id()
                            + (a.assignedOfficer() == null
                                    ? " (none yet)"
                                    : " (" + a.assignedOfficer() + ")")
                            + (bookedInterviewer == null
                                    ? ""
                                    : ", the interviewer booked for it ("
                                            + bookedInterviewer
                                            + "),")
                            + " or an RSD supervisor may write its "
                            + what
                            + ".",
                    List.of(),
                    Map.of("rule", RULE));
        }
    }

    /** The caller is the eligibility officer booked as the interviewer. */
    static boolean isBookedInterviewer(Caller caller, String bookedInterviewer) {
        return bookedInterviewer != null
                && caller.has(Roles.ELIGIBILITY_OFFICER)
                && caller.name().equals(bookedInterviewer);
    }
}
