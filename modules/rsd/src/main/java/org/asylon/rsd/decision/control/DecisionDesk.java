package org.asylon.rsd.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.code.Languages;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.profile.Rule;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.control.CaseActors;
import org.asylon.rsd.application.control.StageChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.decision.control.DecisionEvents.FinalBy;
import org.asylon.rsd.decision.entity.AppealWindow;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.DecisionStatus;
import org.asylon.rsd.decision.entity.Notification;

/**
 * First-instance decisions: taken (or UNHCR's recorded), reviewed by a second officer where the
 * profile asks for it, issued, notified with the appeal window, and made final once the window has
 * passed. Every stage move fires {@link StageChanged}, the notification also {@link
 * AnchorRecorded}; dependants without a claim of their own follow the principal in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class DecisionDesk {

    private EntityManager em;
    private ActiveProfile active;
    private DecisionEvents events;
    private AuditTrail audit;
    private Event<StageChanged> stages;
    private Event<AnchorRecorded> anchors;
    private Clock clock;

    protected DecisionDesk() {
        // for CDI's client proxy
    }

    @Inject
    public DecisionDesk(
            EntityManager em,
            ActiveProfile active,
            DecisionEvents events,
            AuditTrail audit,
            Event<StageChanged> stages,
            Event<AnchorRecorded> anchors,
            Clock clock) {
        this.em = em;
        this.active = active;
        this.events = events;
        this.audit = audit;
        this.stages = stages;
        this.anchors = anchors;
        this.clock = clock;
    }

    public DecisionRules rules() {
        return new DecisionRules(active.profile());
    }

    /** Today in the profile's legal time zone: appeal windows end on a date there. */
    public LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), active.profile().calendar().zone());
    }

    public AsylumApplication application(String id) {
        AsylumApplication a = em.find(AsylumApplication.class, id);
        if (a == null) {
            throw ProblemException.notFound("application", id);
        }
        return a;
    }

    /**
     * Takes a first-instance decision (or records UNHCR's) on an application. With four-eyes review
     * it stays a draft; otherwise it is issued at once and the application is DECIDED.
     */
    public Decision decide(String applicationId, Proposal proposal, Caller caller) {
        AsylumApplication a = application(applicationId);
        requireOwnClaim(a, "decided");
        requireDecider(a, caller);
        if (a.stage() != Stage.REGISTERED && a.stage() != Stage.LODGED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "A first-instance decision needs a registered or lodged"
                            + " application; application "
                            + a.id()
                            + " is "
                            + a.stage()
                            + ".");
        }
        live(a.id())
                .ifPresent(
                        d -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "Application "
                                            + a.id()
                                            + " already has decision "
                                            + d.id()
                                            + " ("
                                            + d.status()
                                            + "); a draft is approved or returned by the reviewer before a new one is taken.");
                        });
        DecisionRules rules = rules();
        Terms t = rules.check(proposal, today());
        List<AsylumApplication> followers = followersForIssue(a);
        Instant now = Instant.now(clock);
        Decision d =
                new Decision(
                        a.id(),
                        t.kind(),
                        t.outcome(),
                        t.legalBasis(),
                        t.inadmissibilityGround(),
                        t.country(),
                        t.unhcrReference(),
                        t.unhcrDecidedOn(),
                        t.reasons(),
                        active.profile().name(),
                        caller.name(),
                        now,
                        rules.fourEyes());
        em.persist(d);
        // two officers deciding the same case at once: the second commit fails on the application's
        // version
        em.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (d.status() == DecisionStatus.ISSUED) {
            issue(a, d, followers);
        }
        audit.record(
                caller.name(),
                d.status() == DecisionStatus.DRAFT ? "decision.drafted" : "decision.issued",
                "asylum-application",
                a.id(),
                d.id() + " " + d.kind() + " " + d.outcome());
        em.flush(); // the answer's version is the one a reviewer sends back in If-Match
        return d;
    }

    /**
     * The second officer's review (asylum.decision.four-eyes): approve issues the decision, return
     * sends it back with comments. The decider can never review their own decision; the reviewer is
     * the one named on the file or an RSD supervisor.
     */
    public Decision review(
            String applicationId, String ifMatch, boolean approve, String comments, Caller caller) {
        AsylumApplication a = application(applicationId);
        requireOwnClaim(a, "reviewed");
        Decision d =
                live(a.id())
                        .filter(x -> x.status() == DecisionStatus.DRAFT)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.CONFLICT,
                                                "Application "
                                                        + a.id()
                                                        + " has no decision waiting for review."));
        Versions.requireMatch(ifMatch, d.version());
        Rule fourEyes = rules().fourEyesRule();
        d.requireSecondOfficer(caller.name(), fourEyes.name(), fourEyes.basis());
        if (!caller.has(Roles.RSD_SUPERVISOR) && !caller.name().equals(a.reviewer())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "The decision is reviewed by the reviewer named on the"
                            + " file ("
                            + (a.reviewer() == null ? "none yet" : a.reviewer())
                            + ") or an RSD supervisor.",
                    List.of(),
                    Map.of("rule", fourEyes.name(), "legalBasis", fourEyes.basis()));
        }
        Instant now = Instant.now(clock);
        if (approve) {
            List<AsylumApplication> followers = followersForIssue(a);
            d.approve(caller.name(), comments, now, fourEyes.name(), fourEyes.basis());
            issue(a, d, followers);
        } else {
            d.returnToDecider(caller.name(), comments, now, fourEyes.name(), fourEyes.basis());
        }
        audit.record(
                caller.name(),
                approve ? "decision.approved" : "decision.returned",
                "asylum-application",
                a.id(),
                d.id());
        em.flush(); // the answer's ETag is the new version
        return d;
    }

    private void issue(AsylumApplication a, Decision d, List<AsylumApplication> followers) {
        Stage from = a.stage();
        a.decided(d.outcome());
        stages.fire(new StageChanged(a, from, Stage.DECIDED));
        events.issued(a, d, null);
        for (AsylumApplication f : followers) {
            Stage was = f.stage();
            f.decided(d.outcome());
            stages.fire(new StageChanged(f, was, Stage.DECIDED));
            events.issued(f, d, a.id());
        }
    }

    /**
     * Dependants who follow the decision; one not yet registered holds the decision up (a clear
     * conflict, not a 500).
     */
    private List<AsylumApplication> followersForIssue(AsylumApplication a) {
        List<AsylumApplication> followers =
                Dependants.following(em, a, Stage.MADE, Stage.REGISTERED, Stage.LODGED);
        for (AsylumApplication f : followers) {
            if (f.stage() == Stage.MADE) {
                throw new ProblemException(
                        ProblemType.CONFLICT,
                        "The decision covers dependant "
                                + f.id()
                                + " (no claim of their own), whose application is not registered yet: register it first.");
            }
        }
        return followers;
    }

    /**
     * Records the notification: the application is NOTIFIED (anchor decision.notification) and the
     * appeal window runs, computed by the kernel's calculator from the rule the profile gives for
     * the case.
     */
    public Decision notify(String applicationId, NotificationRecord n, Caller caller) {
        AsylumApplication a = application(applicationId);
        CaseActors.requireActor(a, caller, "record the notification of the decision on");
        requireOwnClaim(a, "notified");
        Decision d =
                live(a.id())
                        .filter(x -> x.status() == DecisionStatus.ISSUED)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.CONFLICT,
                                                "Application "
                                                        + a.id()
                                                        + " has no issued decision to notify."));
        if (a.stage() != Stage.DECIDED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Application "
                            + a.id()
                            + " is "
                            + a.stage()
                            + "; only a DECIDED application's decision is notified.");
        }
        Instant at = d.notificationTime(n.notifiedAt(), Instant.now(clock));
        if (n.language() == null) {
            throw ProblemException.invalidField(
                    "language", "is required: the language used, ISO 639-3 (e.g. ara, tir, prs)");
        }
        if (!Languages.isValid(n.language())) {
            throw ProblemException.invalidField("language", LanguageCode.MESSAGE);
        }
        if (n.method() == null) {
            throw ProblemException.invalidField(
                    "method",
                    "is required: IN_PERSON, BY_POST, ELECTRONIC or THROUGH_REPRESENTATIVE");
        }
        if (n.appealInformationGiven() == null) {
            throw ProblemException.invalidField(
                    "appealInformationGiven", "is required: was the applicant told how to appeal?");
        }
        boolean informed = n.appealInformationGiven();
        if (informed
                && (n.appealInformationText() == null || n.appealInformationText().isBlank())) {
            throw ProblemException.invalidField(
                    "appealInformationText",
                    "is required when appeal information was given:"
                            + " the text of the information, as given");
        }
        String rule = new AppealWindows(active.profile()).rule(a, d.outcome());
        Deadline window =
                active.deadlines().compute(rule, Map.of(AnchorRecorded.DECISION_NOTIFICATION, at));
        d.notified(
                new Notification(
                        at,
                        caller.name(),
                        n.language(),
                        n.method(),
                        informed,
                        informed ? n.appealInformationText().strip() : null),
                new AppealWindow(
                        window.dueDate().orElseThrow(),
                        window.rule(),
                        window.basis(),
                        window.status().code(),
                        window.explanation()));
        List<AsylumApplication> followers = Dependants.following(em, a, Stage.DECIDED);
        notified(a, d, at, null);
        followers.forEach(f -> notified(f, d, at, a.id()));
        audit.record(
                caller.name(),
                "decision.notified",
                "asylum-application",
                a.id(),
                d.id()
                        + " "
                        + n.method()
                        + " "
                        + n.language()
                        + " appeal until "
                        + window.dueDate().orElseThrow());
        em.flush();
        return d;
    }

    private void notified(AsylumApplication a, Decision d, Instant at, String derivativeOf) {
        a.notified();
        stages.fire(new StageChanged(a, Stage.DECIDED, Stage.NOTIFIED));
        anchors.fire(new AnchorRecorded(a, AnchorRecorded.DECISION_NOTIFICATION, at));
        events.notified(a, d, derivativeOf);
    }

    /**
     * A supervisor declares the decision final because the appeal window has passed without an
     * appeal; refused, naming the deadline, while the window runs.
     */
    public AsylumApplication finalise(String applicationId, String ifMatch, String user) {
        AsylumApplication a = application(applicationId);
        requireOwnClaim(a, "finalised");
        Versions.requireMatch(ifMatch, a.version());
        if (a.stage() != Stage.NOTIFIED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Application "
                            + a.id()
                            + " is "
                            + a.stage()
                            + "; a decision becomes final here only when it is NOTIFIED and its appeal window has passed"
                            + " (an appealed decision becomes final with the appeal decision).");
        }
        Decision d = notifiedDecision(a);
        AppealWindow w = d.appealWindow();
        if (!w.passed(today())) {
            throw ProblemException.ruleViolated(
                    w.rule(),
                    w.basis(),
                    "The appeal window runs until "
                            + w.lastDay()
                            + " inclusive ("
                            + w.explanation()
                            + "); the decision can become final from "
                            + w.lastDay().plusDays(1)
                            + ".");
        }
        finalise(a, d.outcome(), FinalBy.APPEAL_WINDOW_PASSED, user);
        em.flush(); // the answer's ETag is the new version
        return a;
    }

    /**
     * The finality sweep: applications whose notified decision's appeal window has passed without
     * an appeal.
     */
    public List<String> windowPassed(LocalDate today, int max) {
        return em.createQuery(
                        "SELECT d.applicationId FROM Decision d, AsylumApplication a WHERE a.id = d.applicationId"
                                + " AND a.stage = :notified AND d.status = :issued AND d.appealWindow.lastDay < :today"
                                + " ORDER BY d.appealWindow.lastDay, d.applicationId",
                        String.class)
                .setParameter("notified", Stage.NOTIFIED)
                .setParameter("issued", DecisionStatus.ISSUED)
                .setParameter("today", today)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Finalises one application if, now, its window has passed and it is still NOTIFIED; does
     * nothing otherwise. Safe to run twice and concurrently: the second run finds it FINAL (or
     * loses on the version).
     */
    public boolean finaliseIfWindowPassed(String applicationId, String actor) {
        AsylumApplication a = em.find(AsylumApplication.class, applicationId);
        if (a == null || a.stage() != Stage.NOTIFIED) {
            return false;
        }
        Decision d = notifiedDecision(a);
        if (!d.appealWindow().passed(today())) {
            return false;
        }
        finalise(a, d.outcome(), FinalBy.APPEAL_WINDOW_PASSED, actor);
        return true;
    }

    /**
     * Makes the claim final with {@code outcome} (the window passed, or an appeal decided it), and
     * every dependant covered by it; fires the stage changes and claim-final events.
     */
    public void finalise(AsylumApplication a, Outcome outcome, FinalBy how, String user) {
        Instant now = Instant.now(clock);
        List<AsylumApplication> followers =
                Dependants.following(em, a, Stage.NOTIFIED, Stage.APPEALED);
        finalised(a, outcome, how, now, null);
        followers.forEach(f -> finalised(f, outcome, how, now, a.id()));
        audit.record(user, "claim.finalised", "asylum-application", a.id(), outcome + " " + how);
    }

    private void finalised(
            AsylumApplication a, Outcome outcome, FinalBy how, Instant at, String derivativeOf) {
        Stage from = a.stage();
        a.finalised(outcome, at);
        stages.fire(new StageChanged(a, from, Stage.FINAL));
        events.fin(a, outcome, how, at, derivativeOf);
    }

    /** The decision that stands or waits for review, if any. */
    public Optional<Decision> live(String applicationId) {
        return em.createQuery(
                        "SELECT d FROM Decision d WHERE d.applicationId = :a AND d.status IN :live"
                                + " ORDER BY d.decidedAt DESC",
                        Decision.class)
                .setParameter("a", applicationId)
                .setParameter("live", List.of(DecisionStatus.DRAFT, DecisionStatus.ISSUED))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Every decision taken on the application, newest first (returned and set-aside ones included).
     */
    public List<Decision> history(String applicationId) {
        return em.createQuery(
                        "SELECT d FROM Decision d WHERE d.applicationId = :a ORDER BY d.decidedAt DESC, d.id",
                        Decision.class)
                .setParameter("a", applicationId)
                .getResultList();
    }

    /**
     * The latest decision {@code caller} may see: RSD staff see drafts too, anyone else (the
     * representative) only decisions that were issued.
     */
    public Decision latestVisibleTo(String applicationId, Caller caller) {
        boolean staff = CaseAccess.staff(caller);
        return history(applicationId).stream()
                .filter(
                        d ->
                                staff
                                        || d.status() == DecisionStatus.ISSUED
                                        || d.status() == DecisionStatus.SET_ASIDE)
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.notFound("decision on application", applicationId));
    }

    /** The issued, notified decision of an application that has reached NOTIFIED or later. */
    public Decision notifiedDecision(AsylumApplication a) {
        return live(a.id())
                .filter(d -> d.status() == DecisionStatus.ISSUED && d.appealWindow() != null)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "application "
                                                + a.id()
                                                + " is "
                                                + a.stage()
                                                + " without a notified decision"));
    }

    /**
     * A dependant covered by the principal's claim has no decision, notification or appeal of their
     * own.
     */
    public static void requireOwnClaim(AsylumApplication a, String what) {
        if (Dependants.derivative(a)) {
            throw ProblemException.ruleViolated(
                    DecisionRules.DERIVATIVE,
                    DecisionRules.DERIVATIVE_BASIS,
                    "Application "
                            + a.id()
                            + " is a dependant's without a claim of their own: it is not "
                            + what
                            + " separately but"
                            + " follows the principal applicant's decision (application "
                            + a.principalId()
                            + ").");
        }
    }

    private static void requireDecider(AsylumApplication a, Caller caller) {
        if (caller.has(Roles.RSD_SUPERVISOR)) {
            return;
        }
        if (caller.has(Roles.ELIGIBILITY_OFFICER) && caller.name().equals(a.assignedOfficer())) {
            return;
        }
        throw new ProblemException(
                ProblemType.FORBIDDEN,
                "Only the officer assigned to the file ("
                        + (a.assignedOfficer() == null ? "none yet" : a.assignedOfficer())
                        + ") or an RSD supervisor decides"
                        + " application "
                        + a.id()
                        + ".",
                List.of(),
                Map.of("rule", DecisionRules.DECIDER));
    }
}
