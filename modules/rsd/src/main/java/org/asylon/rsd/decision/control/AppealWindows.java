package org.asylon.rsd.decision.control;

import java.util.Locale;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.RuleKind;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Outcome;

/**
 * Which appeal window applies to a case: the one place that decides it, asked by the decision desk
 * when a decision is notified and by the deadline book when it lists the case's clocks. The profile
 * says which tracks ({@value #ACCELERATED_TRACKS}) and which outcomes ({@value
 * #ACCELERATED_OUTCOMES}) are appealed within the shorter window {@value #APPEAL_ACCELERATED}
 * (under the EU Pact, APR Art 67(7): inadmissibility, accelerated, border-procedure and
 * implicit-withdrawal decisions); every other case, and every case under a profile without the
 * shorter limit, within {@value #APPEAL}.
 */
public final class AppealWindows {

    public static final String APPEAL = "asylum.appeal.deadline";
    public static final String APPEAL_ACCELERATED = "asylum.appeal.accelerated.deadline";
    public static final String ACCELERATED_TRACKS = "asylum.appeal.accelerated.tracks";
    public static final String ACCELERATED_OUTCOMES = "asylum.appeal.accelerated.outcomes";

    private final LegalProfile profile;

    public AppealWindows(LegalProfile profile) {
        this.profile = profile;
    }

    /** The rule of the appeal window for the application's decision with {@code outcome}. */
    public String rule(AsylumApplication a, Outcome outcome) {
        return rule(a.track() == null ? null : a.track().track(), outcome);
    }

    /**
     * The rule of the appeal window for a case in {@code track} (null before triage) whose decision
     * has {@code outcome} (null before one is taken).
     */
    public String rule(String track, Outcome outcome) {
        boolean shorter =
                listed(ACCELERATED_TRACKS, track)
                        || outcome != null && listed(ACCELERATED_OUTCOMES, code(outcome));
        return shorter && isDeadline(APPEAL_ACCELERATED) ? APPEAL_ACCELERATED : APPEAL;
    }

    /**
     * An outcome as the profile's lists spell it: INADMISSIBLE is {@code inadmissible},
     * IMPLICITLY_WITHDRAWN {@code implicitly-withdrawn}.
     */
    public static String code(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private boolean listed(String rule, String code) {
        return code != null
                && profile.has(rule)
                && profile.list(rule).stream().anyMatch(i -> i.code().equals(code));
    }

    private boolean isDeadline(String rule) {
        return profile.has(rule) && profile.rule(rule).kind() == RuleKind.DEADLINE;
    }
}
