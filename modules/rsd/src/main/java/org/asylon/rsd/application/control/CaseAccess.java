package org.asylon.rsd.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * Who may read what of a case (issue 5, confidentiality). RSD content — interview, assessment,
 * reasons — is for the file holders only: the officer assigned, the second reviewer, any RSD
 * supervisor, the appeal officer assigned and the applicant's own representative. Every such read
 * is audited with the capacity in which it was made. The case summary (stage, track, deadlines) is
 * for RSD staff and the representative; to anyone else the case does not exist (404), so that
 * probing ids reveals nothing.
 */
@ApplicationScoped
public class CaseAccess {

    static final String RULE = "rsd.confidentiality";
    static final String BASIS =
            "UNHCR Procedural Standards for RSD: confidentiality of RSD information";

    private AuditTrail audit;

    protected CaseAccess() {
        // for CDI's client proxy
    }

    @Inject
    public CaseAccess(AuditTrail audit) {
        this.audit = audit;
    }

    /** The capacity in which {@code caller} holds the file, if any. */
    public static Optional<FileHolder> holder(AsylumApplication a, Caller caller) {
        String name = caller.name();
        if (caller.has(Roles.RSD_SUPERVISOR)) {
            return Optional.of(FileHolder.SUPERVISOR);
        }
        if (caller.has(Roles.ELIGIBILITY_OFFICER) && name.equals(a.assignedOfficer())) {
            return Optional.of(FileHolder.ASSIGNED_OFFICER);
        }
        if (caller.has(Roles.ELIGIBILITY_OFFICER) && name.equals(a.reviewer())) {
            return Optional.of(FileHolder.REVIEWER);
        }
        if (caller.has(Roles.APPEAL_OFFICER) && name.equals(a.appealOfficer())) {
            return Optional.of(FileHolder.APPEAL_OFFICER);
        }
        if (caller.has(Roles.LEGAL_REPRESENTATIVE) && name.equals(a.representative())) {
            return Optional.of(FileHolder.REPRESENTATIVE);
        }
        return Optional.empty();
    }

    /** RSD staff: eligibility officers, RSD supervisors and appeal officers. */
    public static boolean staff(Caller caller) {
        return caller.has(Roles.ELIGIBILITY_OFFICER)
                || caller.has(Roles.RSD_SUPERVISOR)
                || caller.has(Roles.APPEAL_OFFICER);
    }

    /** RSD staff see every case's summary; a representative only their clients'. */
    public static boolean maySeeSummary(AsylumApplication a, Caller caller) {
        return staff(caller) || caller.name().equals(a.representative());
    }

    /** Lets the read of the summary through, or answers 404. */
    public void requireSummary(AsylumApplication a, Caller caller) {
        if (!maySeeSummary(a, caller)) {
            throw ProblemException.notFound("application", a.id());
        }
    }

    /**
     * Lets a read of RSD content through and audits it, or refuses it: 404 to a caller who may not
     * even see the case, 403 naming the rule to RSD staff who do not hold this file.
     *
     * @param what what is read, e.g. "interview" (the audit action is {@code rsd.<what>.read})
     */
    public FileHolder requireContent(AsylumApplication a, Caller caller, String what) {
        requireSummary(a, caller);
        FileHolder holder =
                holder(a, caller)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.FORBIDDEN,
                                                "The "
                                                        + what
                                                        + " of application "
                                                        + a.id()
                                                        + " is confidential: only the officer assigned, the "
                                                        + "reviewer, an RSD supervisor, the appeal officer assigned and the applicant's representative "
                                                        + "may read it.",
                                                java.util.List.of(),
                                                java.util.Map.of(
                                                        "rule", RULE, "legalBasis", BASIS)));
        audit.record(
                caller.name(),
                "rsd." + what + ".read",
                "asylum-application",
                a.id(),
                holder.name());
        return holder;
    }

    /**
     * The content of a principal's claim read through a dependant covered by it (derivative status,
     * rsd.decision.derivative): the dependant's case must be visible to the caller (404 otherwise,
     * as its summary answers), and the content, which is the principal's, is read by the
     * principal's file holders only (403 naming {@value #RULE}). Holding the dependant's file is
     * not enough: the dependant's status follows the principal's outcome, which the decision
     * summary gives, but the principal's account and the reasons on it are the principal's RSD
     * content. Audited on the principal's application.
     */
    public FileHolder requireContentThrough(
            AsylumApplication dependant, AsylumApplication principal, Caller caller, String what) {
        requireSummary(dependant, caller);
        FileHolder holder =
                holder(principal, caller)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.FORBIDDEN,
                                                "Application "
                                                        + dependant.id()
                                                        + " is a dependant's covered by the claim of application "
                                                        + principal.id()
                                                        + ": its "
                                                        + what
                                                        + " is the principal's, read only by the principal's file"
                                                        + " holders. The decision summary of this application gives the outcome that applies to the"
                                                        + " dependant.",
                                                java.util.List.of(),
                                                java.util.Map.of(
                                                        "rule", RULE, "legalBasis", BASIS)));
        audit.record(
                caller.name(),
                "rsd." + what + ".read",
                "asylum-application",
                principal.id(),
                holder.name() + " via dependant " + dependant.id());
        return holder;
    }

    /**
     * Lets a read of content through in a capacity established by its owner (e.g. the interviewer
     * booked for an interview, for its record) and audits it; 404 to a caller who may not even see
     * the case.
     */
    public void requireContentAs(
            AsylumApplication a, Caller caller, String what, FileHolder capacity) {
        requireSummary(a, caller);
        audit.record(
                caller.name(),
                "rsd." + what + ".read",
                "asylum-application",
                a.id(),
                capacity.name());
    }

    /**
     * Whether {@code caller} holds the file, for a response that shows RSD content to the holders
     * only and leaves it out for everyone else; a read that shows it is audited as {@code
     * rsd.<what>.read}.
     */
    public Optional<FileHolder> contentFor(AsylumApplication a, Caller caller, String what) {
        Optional<FileHolder> holder = holder(a, caller);
        holder.ifPresent(
                h ->
                        audit.record(
                                caller.name(),
                                "rsd." + what + ".read",
                                "asylum-application",
                                a.id(),
                                h.name()));
        return holder;
    }
}
