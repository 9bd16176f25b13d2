package org.asylon.rsd.application.control;

import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * Who may change a case (issue 10, item 3.4): the eligibility officer assigned to the file and any
 * RSD supervisor, as for writing its content. Every state-changing action on a case — lodging, the
 * interview language, withdrawal, triage and track overrides, booking, moving and cancelling
 * interviews, notices, notification, the appeal — asks here, the same way reads ask {@link
 * CaseAccess}: other RSD staff are refused naming {@value #RULE}, and anyone who may not even see
 * the case is told it does not exist.
 */
public final class CaseActors {

    public static final String RULE = "rsd.case-action.file-holder";

    private CaseActors() {}

    /**
     * True when {@code caller} may change the case: the officer assigned to it or an RSD
     * supervisor.
     */
    public static boolean mayAct(AsylumApplication a, Caller caller) {
        return caller.has(Roles.RSD_SUPERVISOR)
                || caller.has(Roles.ELIGIBILITY_OFFICER)
                        && caller.name().equals(a.assignedOfficer());
    }

    /**
     * Lets {@code caller} change the case or refuses: 404 to a caller who may not see it, 403
     * naming the rule to RSD staff who do not hold the file.
     *
     * @param action what the caller tried, in words ("withdraw", "change the track of")
     */
    public static void requireActor(AsylumApplication a, Caller caller, String action) {
        if (!CaseAccess.maySeeSummary(a, caller)) {
            throw ProblemException.notFound("application", a.id());
        }
        if (!mayAct(a, caller)) {
            throw refusal(a, action, "the eligibility officer assigned to the file");
        }
    }

    /**
     * Registration is the registry's act, due within days of the making
     * (asylum.registration.deadline) and usually before anyone is assigned the file: while no
     * officer is assigned, any eligibility officer registers; once one is, the file holders do, as
     * for every other change.
     */
    public static void requireRegistrar(AsylumApplication a, Caller caller) {
        if (a.assignedOfficer() == null && caller.has(Roles.ELIGIBILITY_OFFICER)) {
            return;
        }
        requireActor(a, caller, "register");
    }

    /**
     * The appeal is lodged by the applicant's own representative, or recorded by the file holders.
     */
    public static void requireAppellant(AsylumApplication a, Caller caller) {
        if (!CaseAccess.maySeeSummary(a, caller)) {
            throw ProblemException.notFound("application", a.id());
        }
        boolean representative =
                caller.has(Roles.LEGAL_REPRESENTATIVE) && caller.name().equals(a.representative());
        if (!representative && !mayAct(a, caller)) {
            throw refusal(
                    a,
                    "record the appeal on",
                    "the applicant's representative, the eligibility officer assigned");
        }
    }

    private static ProblemException refusal(AsylumApplication a, String action, String who) {
        return new ProblemException(
                ProblemType.FORBIDDEN,
                "Only "
                        + who
                        + " ("
                        + (a.assignedOfficer() == null ? "none assigned yet" : a.assignedOfficer())
                        + ") or an RSD supervisor may "
                        + action
                        + " application "
                        + a.id()
                        + ".",
                List.of(),
                Map.of("rule", RULE));
    }
}
