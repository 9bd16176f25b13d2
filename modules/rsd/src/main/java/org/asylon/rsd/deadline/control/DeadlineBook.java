package org.asylon.rsd.deadline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.rsd.application.control.AnchorRecorded;
import org.asylon.rsd.application.control.StageChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.deadline.entity.CaseAnchor;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.triage.control.TrackChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each application's deadlines in step with the case: recomputed by the kernel's calculator
 * when an anchor is recorded, the track changes or a decision's outcome is known; met (or closed)
 * by the stage change that satisfies them. Everything happens in the transaction of the change.
 */
@ApplicationScoped
@Transactional
public class DeadlineBook {

    private EntityManager em;
    private ActiveProfile active;

    /** How long before the due date a deadline shows as DUE_SOON (ISO-8601 period, e.g. P7D). */
    private String alertWindow;

    private Clock clock;

    protected DeadlineBook() {
        // for CDI's client proxy
    }

    @Inject
    public DeadlineBook(
            EntityManager em,
            ActiveProfile active,
            @ConfigProperty(name = "asylon.rsd.deadline.alert-window", defaultValue = "P7D")
                    String alertWindow,
            Clock clock) {
        this.em = em;
        this.active = active;
        this.alertWindow = alertWindow;
        this.clock = clock;
    }

    public void onAnchor(@Observes AnchorRecorded recorded) {
        AsylumApplication a = recorded.application();
        CaseAnchor anchor =
                em.find(CaseAnchor.class, new CaseAnchor.Key(a.id(), recorded.anchor()));
        if (anchor == null) {
            em.persist(new CaseAnchor(a.id(), recorded.anchor(), recorded.at()));
        } else {
            anchor.recordedAgain(recorded.at());
        }
        recompute(a);
    }

    public void onTrack(@Observes TrackChanged changed) {
        recompute(changed.application());
    }

    public void onStage(@Observes StageChanged changed) {
        AsylumApplication a = changed.application();
        Instant now = Instant.now(clock);
        if (changed.from() == Stage.WITHDRAWN) {
            // reopened on a renewed request: what the withdrawal closed runs again, from its own
            // anchors
            deadlines(a.id()).forEach(CaseDeadline::reopened);
            recompute(a);
            return;
        }
        for (CaseDeadline d : deadlines(a.id())) {
            if (!d.open()) {
                continue;
            }
            if (changed.to() == Stage.WITHDRAWN) {
                d.met(Stage.WITHDRAWN.name(), now);
            } else if (rules().metBy(d.rule(), changed.from(), changed.to())) {
                d.met(changed.to().name(), metAt(a, changed.to(), now));
            }
        }
        if (changed.to() == Stage.DECIDED) {
            recompute(a); // the outcome may call for the shorter appeal window
        }
    }

    /** Brings the application's deadlines in line with its anchors, track and outcome. */
    public void recompute(AsylumApplication a) {
        Map<String, Instant> anchors = anchors(a.id());
        Map<String, CaseDeadline> existing = new LinkedHashMap<>();
        deadlines(a.id()).forEach(d -> existing.put(d.rule(), d));
        DeadlineCalculator calculator = active.deadlines();
        String track = a.track() == null ? null : a.track().track();
        Instant now = Instant.now(clock);
        DeadlineRules rules = rules();
        for (DeadlineRules.Applicable rule : rules.applicable(track, a.outcome())) {
            Deadline computed = calculator.compute(rule.rule(), anchors);
            CaseDeadline row = existing.remove(rule.rule());
            if (!computed.computable()) {
                continue;
            }
            Instant anchorAt = anchors.get(computed.anchor().orElseThrow());
            if (row == null) {
                row = new CaseDeadline(a.id(), rule.rule());
                row.computed(computed, anchorAt, rule.caveats(), now);
                if (rules.metBy(rule.rule(), null, a.stage())) {
                    row.met(a.stage().name(), now);
                }
                em.persist(row);
            } else {
                row.computed(computed, anchorAt, rule.caveats(), now);
            }
        }
        // rules that no longer apply (the track changed): open ones go, met ones stay as history
        existing.values().stream().filter(CaseDeadline::open).forEach(em::remove);
    }

    /**
     * The limits that apply to the application but cannot run yet: their anchor is not recorded.
     */
    public List<Deadline> notStarted(AsylumApplication a) {
        Map<String, Instant> anchors = anchors(a.id());
        String track = a.track() == null ? null : a.track().track();
        return rules().applicable(track, a.outcome()).stream()
                .map(rule -> active.deadlines().compute(rule.rule(), anchors))
                .filter(d -> !d.computable())
                .toList();
    }

    private DeadlineRules rules() {
        return new DeadlineRules(active.profile());
    }

    /** The application's deadlines, by due date. */
    public List<CaseDeadline> deadlines(String applicationId) {
        return em.createQuery(
                        "SELECT d FROM CaseDeadline d WHERE d.applicationId = :id ORDER BY d.dueDate, d.id",
                        CaseDeadline.class)
                .setParameter("id", applicationId)
                .getResultList();
    }

    /**
     * One page of the sweep: the open deadlines due by today + {@code within}, overdue ones
     * included, by due date, starting after the deadline {@code after} (the last of the previous
     * page; null for the first).
     */
    public DuePage due(Period within, Long after, int limit) {
        DeadlineSweep.After from = null;
        if (after != null) {
            CaseDeadline last = em.find(CaseDeadline.class, after);
            if (last == null) {
                throw ProblemException.badRequest(
                        "after",
                        "no deadline " + after + "; pass the nextAfter of the previous page");
            }
            from = new DeadlineSweep.After(last.dueDate(), after);
        }
        LocalDate today = today();
        LocalDate until = today.plus(within);
        List<CaseDeadline> page = DeadlineSweep.due(em, until, from, limit);
        Long next = page.size() == limit ? page.get(page.size() - 1).id() : null;
        return new DuePage(today, until, page, next);
    }

    /** A page of the sweep; {@code nextAfter} is null on the last page. */
    public record DuePage(
            LocalDate today, LocalDate until, List<CaseDeadline> deadlines, Long nextAfter) {}

    public Map<String, Instant> anchors(String applicationId) {
        Map<String, Instant> out = new HashMap<>();
        em.createQuery("SELECT c FROM CaseAnchor c WHERE c.applicationId = :id", CaseAnchor.class)
                .setParameter("id", applicationId)
                .getResultList()
                .forEach(c -> out.put(c.anchor(), c.at()));
        return out;
    }

    public String profileName() {
        return active.profile().name();
    }

    /** Today in the profile's time zone: the day deadlines are counted in. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(active.profile().calendar().zone()));
    }

    public Period alertWindow() {
        try {
            return Period.parse(alertWindow);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "asylon.rsd.deadline.alert-window = '"
                            + alertWindow
                            + "' is not an ISO-8601 period such as P7D",
                    e);
        }
    }

    /**
     * The time of the stage change: the recorded date where the application keeps one, else now.
     */
    private static Instant metAt(AsylumApplication a, Stage to, Instant now) {
        if (to == Stage.REGISTERED && a.registeredAt() != null) {
            return a.registeredAt();
        }
        if (to == Stage.LODGED && a.lodgedAt() != null) {
            return a.lodgedAt();
        }
        return now;
    }
}
