package org.asylon.rsd.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.appeal.entity.AppealResult;
import org.asylon.rsd.appeal.entity.AppealStatus;
import org.asylon.rsd.appeal.entity.FirstInstance;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.control.CaseActors;
import org.asylon.rsd.application.control.StageChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.decision.control.DecisionDesk;
import org.asylon.rsd.decision.control.DecisionEvents.FinalBy;
import org.asylon.rsd.decision.control.DecisionRules;
import org.asylon.rsd.decision.control.Dependants;
import org.asylon.rsd.decision.control.Terms;
import org.asylon.rsd.decision.entity.Decision;

/**
 * Appeals: recorded when the appeal body receives them (late ones flagged, never refused), admitted
 * out of time or not when they arrive after the decision became final, and decided — confirm,
 * overturn or remit — by an appeal officer independent of the first instance.
 */
@ApplicationScoped
@Transactional
public class AppealDesk {

    private EntityManager em;
    private ActiveProfile active;
    private DecisionDesk decisions;
    private AppealEvents events;
    private AuditTrail audit;
    private Event<StageChanged> stages;
    private Event<AnchorRecorded> anchors;
    private Clock clock;

    protected AppealDesk() {
        // for CDI's client proxy
    }

    @Inject
    public AppealDesk(
            EntityManager em,
            ActiveProfile active,
            DecisionDesk decisions,
            AppealEvents events,
            AuditTrail audit,
            Event<StageChanged> stages,
            Event<AnchorRecorded> anchors,
            Clock clock) {
        this.em = em;
        this.active = active;
        this.decisions = decisions;
        this.events = events;
        this.audit = audit;
        this.stages = stages;
        this.anchors = anchors;
        this.clock = clock;
    }

    AppealRules rules() {
        return new AppealRules(active.profile());
    }

    /**
     * Records an appeal received by the appeal body at {@code lodgedAt} (default now). In time, the
     * application is APPEALED with the profile's suspensive effect. Late, the decision is final
     * (its window has passed, whether or not the finality job has run yet): the appeal is recorded,
     * flagged with the deadline and the days late, and waits for the appeal body to admit it out of
     * time.
     *
     * <p>Why a late appeal reopens nothing by itself and suspends nothing: the profiles set the
     * suspensive effect of appeals lodged in time, and no reference text says a late one suspends
     * removal; whether to admit it is the appeal body's judgement (UNHCR does not close a file for
     * an appeal up to six weeks late; CJEU C-564/18 <i>LH</i>: limits that make the remedy
     * ineffective are set aside). Deciding it at admission keeps the outcome independent of when
     * the finality job happens to run.
     */
    public Appeal lodge(String applicationId, Instant lodgedAt, Caller caller) {
        AsylumApplication a = decisions.application(applicationId);
        CaseActors.requireAppellant(a, caller);
        DecisionDesk.requireOwnClaim(a, "appealed");
        if (a.stage() != Stage.NOTIFIED
                && a.stage() != Stage.FINAL
                && a.stage() != Stage.APPEALED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Application "
                            + a.id()
                            + " is "
                            + a.stage()
                            + ": an appeal is lodged against a notified decision.");
        }
        Decision d = decisions.notifiedDecision(a);
        current(a.id())
                .ifPresent(
                        existing -> {
                            if (existing.decisionId().equals(d.id())) {
                                throw new ProblemException(
                                        ProblemType.CONFLICT,
                                        "Decision "
                                                + d.id()
                                                + " was already appealed (appeal "
                                                + existing.id()
                                                + ", "
                                                + existing.status()
                                                + (existing.result() == null
                                                        ? ""
                                                        : " " + existing.result())
                                                + "); an onward appeal is not handled in this module.");
                            }
                        });
        Instant now = Instant.now(clock);
        Instant at = lodgedAt == null ? now : lodgedAt;
        if (at.isAfter(now)) {
            throw ProblemException.invalidField("lodgedAt", "is in the future");
        }
        if (at.isBefore(d.notification().notifiedAt())) {
            throw ProblemException.invalidField(
                    "lodgedAt",
                    "is before the decision was notified (" + d.notification().notifiedAt() + ")");
        }
        LocalDate lastDay = d.appealWindow().lastDay();
        int daysLate =
                AppealRules.daysLate(
                        lastDay, LocalDate.ofInstant(at, active.profile().calendar().zone()));
        if (daysLate > 0 && a.stage() == Stage.NOTIFIED) {
            // the window has passed: the decision is final now, whether or not the finality job has
            // run yet
            decisions.finalise(a, d.outcome(), FinalBy.APPEAL_WINDOW_PASSED, caller.name());
        }
        boolean afterFinality = a.stage() == Stage.FINAL;
        boolean awaitingAdmission = daysLate > 0;
        AppealRules rules = rules();
        Appeal ap =
                new Appeal(
                        a.id(),
                        d.id(),
                        at,
                        caller.name(),
                        lastDay,
                        daysLate,
                        afterFinality,
                        awaitingAdmission,
                        a.track() == null ? null : a.track().track(),
                        awaitingAdmission ? null : rules.suspension(a));
        if (rules.hasDecisionDeadline()) {
            Deadline due =
                    active.deadlines()
                            .compute(
                                    AppealRules.DECISION_DEADLINE,
                                    Map.of(AnchorRecorded.APPEAL_LODGED, at));
            ap.decisionDeadline(due.dueDate().orElse(null), due.rule(), due.explanation());
        }
        em.persist(ap);
        List<AsylumApplication> followers =
                Dependants.following(em, a, Stage.NOTIFIED, Stage.FINAL);
        if (!awaitingAdmission) {
            toAppealed(a);
            followers.forEach(this::toAppealed);
        }
        anchors.fire(new AnchorRecorded(a, AnchorRecorded.APPEAL_LODGED, at));
        events.lodged(a, ap, null);
        followers.forEach(f -> events.lodged(f, ap, a.id()));
        audit.record(
                caller.name(),
                "appeal.lodged",
                "asylum-application",
                a.id(),
                ap.id()
                        + (ap.late()
                                ? " late by " + ap.daysLate() + " day(s), window ended " + lastDay
                                : " in time")
                        + (awaitingAdmission
                                ? ", awaiting admission"
                                : ", suspensive " + ap.suspendsRemoval()));
        return ap;
    }

    private void toAppealed(AsylumApplication a) {
        Stage from = a.stage();
        if (from == Stage.FINAL) {
            a.appealedAfterFinality();
        } else {
            a.appealed();
        }
        stages.fire(new StageChanged(a, from, Stage.APPEALED));
    }

    /**
     * The appeal body admits a late appeal out of time (the case reopens, APPEALED, with the
     * profile's suspensive effect) or does not (the decision stays final).
     */
    public Appeal admission(String applicationId, boolean admitted, String reasons, Caller caller) {
        AsylumApplication a = decisions.application(applicationId);
        DecisionDesk.requireOwnClaim(a, "appealed");
        Appeal ap =
                current(a.id())
                        .filter(x -> x.status() == AppealStatus.AWAITING_ADMISSION)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.CONFLICT,
                                                "Application "
                                                        + a.id()
                                                        + " has no late appeal awaiting admission."));
        FirstInstance firstInstance = firstInstance(a);
        requireAppealOfficer(a, ap, firstInstance, caller);
        Instant now = Instant.now(clock);
        if (admitted) {
            ap.admit(caller.name(), reasons, now, rules().suspension(a), firstInstance);
            List<AsylumApplication> followers = Dependants.following(em, a, Stage.FINAL);
            toAppealed(a);
            followers.forEach(this::toAppealed);
            events.admitted(a, ap, null);
            followers.forEach(f -> events.admitted(f, ap, a.id()));
        } else {
            ap.notAdmitted(caller.name(), reasons, now, firstInstance);
            events.decided(a, ap, null);
            Dependants.following(em, a, Stage.FINAL).forEach(f -> events.decided(f, ap, a.id()));
        }
        audit.record(
                caller.name(),
                admitted ? "appeal.admitted" : "appeal.not-admitted",
                "asylum-application",
                a.id(),
                ap.id());
        return ap;
    }

    /**
     * The appeal decision: CONFIRM and OVERTURN make the claim final, REMIT returns it to first
     * instance.
     */
    public Appeal decide(String applicationId, AppealDecisionRequest request, Caller caller) {
        AsylumApplication a = decisions.application(applicationId);
        DecisionDesk.requireOwnClaim(a, "appealed");
        Appeal ap =
                current(a.id())
                        .filter(x -> x.status() == AppealStatus.PENDING)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.CONFLICT,
                                                "Application "
                                                        + a.id()
                                                        + " has no pending appeal to decide."));
        if (request.result() == null || request.result() == AppealResult.NOT_ADMITTED) {
            throw ProblemException.invalidField(
                    "result", "is required: CONFIRM, OVERTURN or REMIT");
        }
        FirstInstance firstInstance = firstInstance(a);
        requireAppealOfficer(a, ap, firstInstance, caller);
        Decision.requireReasons(request.reasons());
        Decision d = decisions.notifiedDecision(a);
        Instant now = Instant.now(clock);
        String user = caller.name();
        List<AsylumApplication> followers = Dependants.following(em, a, Stage.APPEALED);
        switch (request.result()) {
            case CONFIRM -> {
                requireNoNewOutcome(request);
                ap.confirm(request.reasons(), user, now, firstInstance);
                published(a, ap, followers);
                decisions.finalise(a, d.outcome(), FinalBy.APPEAL_DECIDED, user);
            }
            case OVERTURN -> {
                Terms t =
                        new DecisionRules(active.profile())
                                .outcomeTerms(
                                        request.newOutcome(),
                                        request.legalBasis(),
                                        request.inadmissibilityGround(),
                                        request.country(),
                                        request.reasons());
                if (t.outcome() == d.outcome() && sameBasis(t, d)) {
                    throw ProblemException.invalidField(
                            "newOutcome",
                            "is the first-instance outcome with the same basis:"
                                    + " that is CONFIRM");
                }
                ap.overturn(
                        t.outcome(),
                        t.legalBasis(),
                        t.inadmissibilityGround(),
                        t.country(),
                        t.reasons(),
                        user,
                        now,
                        firstInstance);
                published(a, ap, followers);
                decisions.finalise(a, t.outcome(), FinalBy.APPEAL_DECIDED, user);
            }
            default -> {
                requireNoNewOutcome(request);
                ap.remit(request.reasons(), user, now, firstInstance);
                d.setAside();
                remitted(a);
                followers.forEach(this::remitted);
                published(a, ap, followers);
            }
        }
        audit.record(
                user, "appeal.decided", "asylum-application", a.id(), ap.id() + " " + ap.result());
        return ap;
    }

    private void published(AsylumApplication a, Appeal ap, List<AsylumApplication> followers) {
        events.decided(a, ap, null);
        followers.forEach(f -> events.decided(f, ap, a.id()));
    }

    private void remitted(AsylumApplication a) {
        a.remitted();
        stages.fire(new StageChanged(a, Stage.APPEALED, a.stage()));
    }

    private static boolean sameBasis(Terms t, Decision d) {
        String now = t.legalBasis() == null ? null : t.legalBasis().code();
        String before = d.legalBasis() == null ? null : d.legalBasis().code();
        return java.util.Objects.equals(now, before)
                && java.util.Objects.equals(t.country(), d.country());
    }

    private static void requireNoNewOutcome(AppealDecisionRequest r) {
        if (r.newOutcome() != null
                || r.legalBasis() != null
                || r.inadmissibilityGround() != null
                || r.country() != null) {
            throw ProblemException.invalidField(
                    "newOutcome",
                    "only with OVERTURN (with "
                            + r.result()
                            + " the outcome is the first-instance one, or none until the new first-instance decision)");
        }
    }

    /**
     * Who took part in the first instance: every decision on the claim and its assigned officer.
     */
    private FirstInstance firstInstance(AsylumApplication a) {
        return FirstInstance.of(a, decisions.history(a.id()));
    }

    /**
     * The appeal is decided by an appeal officer independent of the first instance (the appeal's
     * own rule, asked first: it is the rule that must never give way), and the one assigned to the
     * file (who alone may read its content).
     */
    private void requireAppealOfficer(
            AsylumApplication a, Appeal ap, FirstInstance firstInstance, Caller caller) {
        ap.requireIndependent(caller.name(), firstInstance);
        if (!caller.has(Roles.APPEAL_OFFICER) || !caller.name().equals(a.appealOfficer())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "The appeal on application "
                            + a.id()
                            + " is decided by the appeal officer assigned to the file ("
                            + (a.appealOfficer() == null
                                    ? "none yet: an RSD supervisor assigns one"
                                    : a.appealOfficer())
                            + ").",
                    List.of(),
                    Map.of("rule", AppealRules.APPEAL_OFFICER));
        }
    }

    /** The latest appeal on the application, if any. */
    public Optional<Appeal> current(String applicationId) {
        return em.createQuery(
                        "SELECT ap FROM Appeal ap WHERE ap.applicationId = :a ORDER BY ap.lodgedAt DESC, ap.id",
                        Appeal.class)
                .setParameter("a", applicationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<Appeal> all(String applicationId) {
        return em.createQuery(
                        "SELECT ap FROM Appeal ap WHERE ap.applicationId = :a ORDER BY ap.lodgedAt DESC, ap.id",
                        Appeal.class)
                .setParameter("a", applicationId)
                .getResultList();
    }
}
