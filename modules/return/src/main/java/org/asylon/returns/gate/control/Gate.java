package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.gate.entity.GateCheck;
import org.asylon.returns.gate.entity.GateOverride;
import org.asylon.returns.protection.control.FeedCatchUp;
import org.asylon.returns.protection.control.ProtectionPictures;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * The non-refoulement gate (DESIGN.md, invariant 1). Every execution step calls {@link #clear} in
 * its own transaction, first, before it records anything: the gate reads the followed feeds to
 * their end ({@link FeedCatchUp}), then the person's protection state at that moment ({@link
 * GateRules} over the {@code ProtectionPicture}) and what every other part of the module says must
 * stop the step ({@link ExecutionBarSource}), spends the overrides a named authority decided for
 * bars the profile lets be overridden, and either records a clearance or records the refusal and
 * throws it.
 */
@ApplicationScoped
public class Gate {

    /** How far ahead of the server's clock an officer's check time may be (clock drift). */
    static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    private ReturnCases cases;
    private ProtectionPictures pictures;
    private FeedCatchUp catchUp;
    private GateProfile profile;
    private Iterable<ExecutionBarSource> sources;
    private GateRecords records;
    private GateOverrides overrides;
    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected Gate() {
        // for CDI's client proxy
    }

    @Inject
    public Gate(
            ReturnCases cases,
            ProtectionPictures pictures,
            FeedCatchUp catchUp,
            GateProfile profile,
            Instance<ExecutionBarSource> sources,
            GateRecords records,
            GateOverrides overrides,
            EntityManager em,
            AuditTrail audit,
            Clock clock) {
        this(
                cases,
                pictures,
                catchUp,
                profile,
                (Iterable<ExecutionBarSource>) sources,
                records,
                overrides,
                em,
                audit,
                clock);
    }

    /** The gate over a plain list of sources (plain tests build it so). */
    public Gate(
            ReturnCases cases,
            ProtectionPictures pictures,
            FeedCatchUp catchUp,
            GateProfile profile,
            Iterable<ExecutionBarSource> sources,
            GateRecords records,
            GateOverrides overrides,
            EntityManager em,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.pictures = pictures;
        this.catchUp = catchUp;
        this.profile = profile;
        this.sources = sources;
        this.records = records;
        this.overrides = overrides;
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Clears one execution step for the case at this moment, or refuses it.
     *
     * @param deskCheck the officer's protection-status check, required when RSD's feed is not
     *     followed; with the feed it can only add bars (may be null then)
     * @return the recorded clearance, with the notes on why nothing barred the step
     * @throws ProblemException 404/409 for an unknown or ended case; 422 {@code validation-failed}
     *     for a check dated in the future; 422 {@code rule-violated} naming the first bar's rule
     *     and basis, every blocking rule in {@code blockingRules} and the recorded check in {@code
     *     gateCheckId} (the refusal is recorded and published even though the step rolls back)
     */
    public GateClearance clear(
            String caseId, ExecutionStep step, DeskProtectionCheck deskCheck, Caller caller) {
        requirePlausible(deskCheck, clock.instant());
        List<String> unread = catchUp.unreadFeeds();
        ReturnCase c = cases.requireOpen(caseId);
        // a request, stay or determination recorded for the case meanwhile waits for this step's
        // transaction, and is weighed by the next one (their writers take the same lock)
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        Instant at = clock.instant();
        deskCheck = notAhead(deskCheck, at);
        Verdict verdict = verdict(c, step, deskCheck, at, unread, caller.name());
        GateCheck check =
                new GateCheck(
                        c.id(),
                        step,
                        verdict.cleared(),
                        verdict.blocking().stream().map(ExecutionBar::rule).toList(),
                        verdict.overridden().stream().map(ExecutionBar::rule).toList(),
                        verdict.explanation(),
                        verdict.rsdFollowed(),
                        desk(deskCheck),
                        caller.name(),
                        at);
        if (!verdict.cleared()) {
            records.blocked(check);
            throw refusal(verdict, check);
        }
        em.persist(check);
        for (GateOverride used : verdict.overridesUsed()) {
            used.usedBy(check.id());
        }
        audit.record(
                caller.name(),
                "gate.cleared",
                GateRecords.RECORD_TYPE,
                check.id(),
                c.id()
                        + " "
                        + step
                        + (check.overriddenRules().isEmpty()
                                ? ""
                                : " overriding " + String.join(",", check.overriddenRules())));
        return new GateClearance(
                check.id(),
                at,
                verdict.notes(),
                verdict.overridesUsed().isEmpty() ? null : verdict.overridesUsed().get(0).id());
    }

    /** What the gate would find for the step now, recording nothing (officers plan with it). */
    public Verdict preview(String caseId, ExecutionStep step, DeskProtectionCheck deskCheck) {
        ReturnCase c = cases.require(caseId);
        Instant at = clock.instant();
        requirePlausible(deskCheck, at);
        return verdict(c, step, deskCheck, at, List.of(), null);
    }

    private Verdict verdict(
            ReturnCase c,
            ExecutionStep step,
            DeskProtectionCheck deskCheck,
            Instant at,
            List<String> unread,
            String executor) {
        var picture = pictures.of(c, at, unread);
        GateRules.Assessment assessment =
                GateRules.assess(picture, deskCheck, at, profile.policy());
        List<ExecutionBar> bars = new ArrayList<>(assessment.bars());
        for (ExecutionBarSource source : sources) {
            bars.addAll(source.barsFor(c, step, at));
        }
        List<GateOverride> available =
                new ArrayList<>(overrides.usable(c.id(), step, at, executor));
        List<ExecutionBar> blocking = new ArrayList<>();
        List<ExecutionBar> overridden = new ArrayList<>();
        List<GateOverride> used = new ArrayList<>();
        for (ExecutionBar bar : bars) {
            GateOverride match =
                    bar.overridable() && bar.rule().startsWith(GateRules.PREFIX)
                            ? available.stream()
                                    .filter(o -> o.rule().equals(bar.rule()))
                                    .findFirst()
                                    .orElse(null)
                            : null;
            if (match == null) {
                blocking.add(bar);
            } else {
                available.remove(match);
                overridden.add(bar);
                used.add(match);
            }
        }
        return new Verdict(
                picture.rsdFollowed(),
                List.copyOf(blocking),
                List.copyOf(overridden),
                List.copyOf(used),
                assessment.notes());
    }

    private static ProblemException refusal(Verdict verdict, GateCheck check) {
        ExecutionBar first = verdict.blocking().get(0);
        String detail =
                "Blocked at the moment of execution: "
                        + first.detail()
                        + (verdict.blocking().size() > 1
                                ? " Also: "
                                        + String.join(
                                                " ",
                                                verdict.blocking().stream()
                                                        .skip(1)
                                                        .map(b -> b.rule() + ": " + b.detail())
                                                        .toList())
                                : "")
                        + (first.overridable()
                                ? " The profile lets a named authority override this bar"
                                        + " (POST cases/{id}/gate-overrides)."
                                : "");
        return new ProblemException(
                ProblemType.RULE_VIOLATED,
                detail,
                List.of(),
                Map.of(
                        "rule", first.rule(),
                        "legalBasis", first.basis(),
                        "blockingRules",
                                String.join(
                                        ",",
                                        verdict.blocking().stream()
                                                .map(ExecutionBar::rule)
                                                .toList()),
                        "gateCheckId", check.id()));
    }

    private static void requirePlausible(DeskProtectionCheck deskCheck, Instant at) {
        if (deskCheck == null) {
            return;
        }
        if (deskCheck.checkedAt() == null || deskCheck.finding() == null) {
            throw ProblemException.invalidField(
                    "protectionCheck", "give checkedAt and finding with source and reference");
        }
        if (deskCheck.checkedAt().isAfter(at.plus(CLOCK_DRIFT))) {
            throw ProblemException.invalidField(
                    "protectionCheck.checkedAt", "must not be in the future");
        }
    }

    /** A check dated a little ahead of the server's clock counts from now, never from later. */
    private static DeskProtectionCheck notAhead(DeskProtectionCheck d, Instant at) {
        return d == null || !d.checkedAt().isAfter(at)
                ? d
                : new DeskProtectionCheck(d.source(), d.reference(), at, d.finding());
    }

    private static GateCheck.Desk desk(DeskProtectionCheck d) {
        return d == null
                ? null
                : new GateCheck.Desk(d.source(), d.reference(), d.checkedAt(), d.finding().name());
    }
}
