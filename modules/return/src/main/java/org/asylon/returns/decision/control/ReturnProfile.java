package org.asylon.returns.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.Optional;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.DeadlineLength;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.Rule;
import org.asylon.returns.decision.entity.ReturnLaw;
import org.asylon.returns.decision.entity.ReturnLaw.Based;
import org.asylon.returns.decision.entity.ReturnLaw.Coded;
import org.asylon.returns.decision.entity.ReturnLaw.PeriodRule;

/** The return decision's rules and clock under the active legal profile, read once. */
@ApplicationScoped
public class ReturnProfile {

    private ActiveProfile active;
    private volatile Snapshot snapshot;

    private record Snapshot(LegalProfile profile, ReturnLaw law, DepartureClock clock) {}

    protected ReturnProfile() {
        // for CDI's client proxy
    }

    @Inject
    public ReturnProfile(ActiveProfile active) {
        this.active = active;
    }

    public ReturnLaw law() {
        return current().law();
    }

    public DepartureClock clock() {
        return current().clock();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.profile() != active.profile()) {
            LegalProfile profile = active.profile();
            s = new Snapshot(profile, lawOf(profile), new DepartureClock(profile));
            snapshot = s;
        }
        return s;
    }

    /** The rules of a profile, for the desks and for tests. */
    public static ReturnLaw lawOf(LegalProfile p) {
        return new ReturnLaw(
                coded(p, ReturnLaw.GROUNDS),
                period(p, ReturnLaw.PERIOD),
                p.has(ReturnLaw.BORDER_PERIOD)
                        ? Optional.of(period(p, ReturnLaw.BORDER_PERIOD))
                        : Optional.empty(),
                period(p, ReturnLaw.MINIMUM),
                coded(p, ReturnLaw.SHORTENING_GROUNDS),
                coded(p, ReturnLaw.EXTENSION_CIRCUMSTANCES),
                period(p, ReturnLaw.BAN_MAXIMUM),
                p.has(ReturnLaw.LONGER_BAN_GROUNDS)
                        ? Optional.of(coded(p, ReturnLaw.LONGER_BAN_GROUNDS))
                        : Optional.empty(),
                p.has(ReturnLaw.INDEFINITE_BAN)
                        ? new Based<>(
                                p.flag(ReturnLaw.INDEFINITE_BAN),
                                p.rule(ReturnLaw.INDEFINITE_BAN).basis())
                        : new Based<>(false, null),
                new Based<>(p.choice(ReturnLaw.TRANSIT), p.rule(ReturnLaw.TRANSIT).basis()),
                new Based<>(
                        p.choice(ReturnLaw.SUSPENSIVE_EFFECT),
                        p.rule(ReturnLaw.SUSPENSIVE_EFFECT).basis()),
                p.text(ReturnLaw.NON_REFOULEMENT_BASIS),
                p.calendar().zone());
    }

    private static Coded coded(LegalProfile p, String name) {
        return new Coded(name, p.list(name), p.rule(name).basis());
    }

    private static PeriodRule period(LegalProfile p, String name) {
        Rule rule = p.rule(name);
        DeadlineLength length = rule.deadline().length();
        if (length.hasTimePart()) {
            throw new IllegalStateException(
                    "profile " + p.name() + ", rule " + name + ": a length in days, not hours");
        }
        return new PeriodRule(
                name,
                Period.of(length.years(), length.months(), length.weeks() * 7 + length.days()),
                rule.deadline().counting(),
                rule.basis());
    }
}
