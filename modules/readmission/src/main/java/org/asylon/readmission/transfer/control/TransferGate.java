package org.asylon.readmission.transfer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.Regime;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.transfer.entity.ProtectionAssessment;
import org.asylon.readmission.transfer.entity.Transfer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The protection check at the moment of a transfer (DESIGN.md, invariant 1), called by {@link
 * Transfers#execute} with the transfer locked, in the execution's transaction. It asks the return
 * module for the person's protection state as return's gate sees it now (when return is deployed
 * and knows the person), takes the officer's own check with the asylum authority where given
 * (required when return cannot answer), and applies {@link TransferRules}. A cleared check is
 * recorded with the execution; a refused one is recorded on its own and published, and the refusal
 * is thrown with every bar.
 */
@ApplicationScoped
public class TransferGate {

    static final String CHECK_MAXIMUM_AGE = "return.protection-check.maximum-age-hours";
    static final String CHILD_DETERMINATION = "return.children.best-interests-determination";

    private ReturnProtection returns;
    private RegimeBook regimes;
    private ActiveProfile profile;
    private TransferChecks checks;
    private Clock clock;
    private Duration checkMaxAgeOverride;

    protected TransferGate() {
        // for CDI's client proxy
    }

    @Inject
    public TransferGate(
            ReturnProtection returns,
            RegimeBook regimes,
            ActiveProfile profile,
            TransferChecks checks,
            Clock clock,
            @ConfigProperty(
                            name = "asylon.readmission.protection-check.max-age",
                            defaultValue = "PT24H")
                    String checkMaxAge) {
        this.returns = returns;
        this.regimes = regimes;
        this.profile = profile;
        this.checks = checks;
        this.clock = clock;
        this.checkMaxAgeOverride =
                checkMaxAge == null || checkMaxAge.isBlank() ? null : Duration.parse(checkMaxAge);
    }

    /**
     * Records the check and returns its id when the transfer may go; throws the refusal otherwise.
     */
    public String clear(Transfer t, ReadmissionRequest r, OfficersCheck officer, String by) {
        Instant now = clock.instant();
        Regime regime = regimes.regime(r.regime(), "regime");
        List<ProtectionState> states = new ArrayList<>();
        List<Bar> extra = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean officerNeeded = true;
        ReturnProtection.Outcome asked = returns.ask(r.links(), r.country());
        if (asked instanceof ReturnProtection.Known k) {
            states.add(k.state());
            officerNeeded = k.officerCheckNeeded();
            if (officerNeeded) {
                notes.add("return module: the asylum procedure cannot speak for the person here");
            }
        } else if (asked instanceof ReturnProtection.Unknown u) {
            notes.add("return module: " + u.why());
        } else if (asked instanceof ReturnProtection.Failed f) {
            extra.add(
                    new Bar(
                            "readmission.transfer.protection-check",
                            nonRefoulement(),
                            "The protection state could not be read: "
                                    + f.why()
                                    + ". The transfer waits until it can be."));
        }
        if (officer != null) {
            if (officer.checkedAt().isAfter(now.plusSeconds(300))) {
                throw ProblemException.invalidField(
                        "protectionCheck.checkedAt", "not in the future");
            }
            Duration maxAge = checkMaxAge();
            if (officer.checkedAt().isBefore(now.minus(maxAge))) {
                extra.add(
                        new Bar(
                                CHECK_MAXIMUM_AGE,
                                profile.profile().rule(CHECK_MAXIMUM_AGE).basis(),
                                "The officer's check with the asylum authority is older than "
                                        + maxAge.toHours()
                                        + " hours: check again at the moment of the transfer."));
            } else {
                states.add(ProtectionState.of(officer));
            }
        }
        if (officerNeeded && officer == null && extra.isEmpty()) {
            extra.add(
                    new Bar(
                            "readmission.transfer.protection-check",
                            nonRefoulement(),
                            "Nobody could say whether the person asked for protection here: give the"
                                    + " officer's check with the asylum authority (protectionCheck)."));
        }
        Optional<Boolean> adequate =
                checks.latestAssessment(t.id()).map(ProtectionAssessment::adequate);
        TransferRules.Facts facts =
                new TransferRules.Facts(
                        regime.code(),
                        states,
                        regimes.claimHandover(regime),
                        regimes.assessmentRequired(regime),
                        adequate,
                        t.appealDueAt(),
                        t.appealLodgedAt() != null,
                        t.appealPending(),
                        t.appealSuspensive() || regimes.appealSuspends(regime),
                        t.deadlineAt(),
                        now);
        List<Bar> bars = new ArrayList<>(extra);
        for (Bar b : TransferRules.bars(facts, bases(regime))) {
            if (bars.stream().noneMatch(x -> x.rule().equals(b.rule()))) {
                bars.add(b);
            }
        }
        List<String> findings = new ArrayList<>();
        states.forEach(s -> findings.addAll(s.findings()));
        findings.addAll(notes);
        bars.forEach(b -> findings.add("BAR " + b.rule() + ": " + b.detail()));
        String source =
                states.stream()
                        .map(ProtectionState::source)
                        .distinct()
                        .collect(Collectors.joining("+"));
        if (bars.isEmpty()) {
            return checks.cleared(t.id(), source, String.join("\n", findings), by, now);
        }
        String rules = bars.stream().map(Bar::rule).distinct().collect(Collectors.joining(","));
        String checkId =
                checks.refused(
                        t,
                        r,
                        source.isEmpty() ? "none" : source,
                        String.join("\n", findings),
                        rules,
                        by,
                        now);
        Bar first = bars.get(0);
        throw new ProblemException(
                ProblemType.RULE_VIOLATED,
                bars.stream().map(Bar::detail).collect(Collectors.joining(" ")),
                List.of(),
                java.util.Map.of(
                        "rule",
                        first.rule(),
                        "legalBasis",
                        first.basis(),
                        "rules",
                        rules,
                        "checkId",
                        checkId));
    }

    /**
     * How old the officer's check may be: the profile's {@code
     * return.protection-check.maximum-age-hours} (the same rule the return gate applies), unless a
     * deployment sets a shorter {@code asylon.readmission.protection-check.max-age} for tests.
     */
    private Duration checkMaxAge() {
        return checkMaxAgeOverride != null
                ? checkMaxAgeOverride
                : Duration.ofHours(profile.profile().integer(CHECK_MAXIMUM_AGE));
    }

    private TransferRules.Bases bases(Regime regime) {
        return new TransferRules.Bases(
                nonRefoulement(),
                profile.profile().flag(CHILD_DETERMINATION)
                        ? profile.profile().rule(CHILD_DETERMINATION).basis()
                        : null,
                regimes.claimHandoverBasis(regime),
                regimes.assessmentRule(regime).basis(),
                regime.rules().has("regime.transfer.appeal.deadline")
                        ? regime.rules().rule("regime.transfer.appeal.deadline").basis()
                        : regime.instrument(),
                regime.rules().rule("regime.transfer.deadline").basis());
    }

    private String nonRefoulement() {
        return profile.profile().text("entry.non-refoulement.basis");
    }
}
