package org.asylon.rsd.deadline.control;

import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.RuleKind;
import org.asylon.rsd.appeal.control.AppealRules;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.decision.control.AppealWindows;
import org.asylon.rsd.triage.control.TriageRules;

/**
 * Which of the profile's RSD time limits apply to an application and which stage change meets each.
 * Every rule is optional here: a profile without it (UNHCR decides under its mandate and runs no
 * examination clock of the state's; no lodging step) simply yields no deadline.
 *
 * <ul>
 *   <li>registration ({@value #REGISTRATION}) is met on REGISTERED;
 *   <li>lodging ({@value #LODGING}; in a border-procedure track, {@link
 *       TriageRules#borderProcedure}, also {@value #BORDER_LODGING}) on LODGED;
 *   <li>the examination limit of the track ({@code asylum.examination.<track>.deadline}, else the
 *       regular one with a caveat) on DECIDED; a border-procedure track has none, its maximum
 *       ({@value #BORDER_MAXIMUM}) is met on FINAL where the profile says it covers any appeal
 *       ({@value #BORDER_MAXIMUM_INCLUDES_APPEAL}, APR Art 51(2)), otherwise on DECIDED;
 *   <li>the appeal window that {@link AppealWindows} names for the track and outcome, on APPEALED
 *       or FINAL;
 *   <li>the appeal decision ({@value AppealRules#DECISION_DEADLINE}) on FINAL or on remittal.
 * </ul>
 *
 * A withdrawal closes every open deadline.
 */
public final class DeadlineRules {

    public static final String REGISTRATION = "asylum.registration.deadline";
    public static final String LODGING = "asylum.lodging.deadline";
    public static final String BORDER_LODGING = "asylum.border-procedure.lodging.deadline";
    public static final String BORDER_MAXIMUM = "asylum.border-procedure.deadline";
    public static final String BORDER_MAXIMUM_INCLUDES_APPEAL =
            "asylum.border-procedure.deadline.includes-appeal";
    static final String EXAMINATION_PREFIX = "asylum.examination.";
    static final String REGULAR_EXAMINATION = "asylum.examination.regular.deadline";

    /** A rule that applies, and what the module adds to the calculator's caveats for it. */
    public record Applicable(String rule, List<String> caveats) {}

    private final LegalProfile profile;
    private final TriageRules tracks;
    private final AppealWindows windows;

    public DeadlineRules(LegalProfile profile) {
        this.profile = profile;
        this.tracks = new TriageRules(profile);
        this.windows = new AppealWindows(profile);
    }

    /**
     * The rules that apply to an application in {@code track} (null before triage) with {@code
     * outcome} (null before a decision).
     */
    public List<Applicable> applicable(String track, Outcome outcome) {
        List<Applicable> out = new ArrayList<>();
        add(out, REGISTRATION);
        add(out, LODGING);
        if (tracks.borderProcedure(track)) {
            add(out, BORDER_LODGING);
            add(out, BORDER_MAXIMUM);
        } else if (track != null) {
            String own = examination(track);
            if (isDeadline(own)) {
                out.add(new Applicable(own, List.of()));
            } else if (isDeadline(REGULAR_EXAMINATION)) {
                out.add(
                        new Applicable(
                                REGULAR_EXAMINATION,
                                List.of(
                                        "profile "
                                                + profile.name()
                                                + " has no examination limit of its own for the "
                                                + track
                                                + " track ("
                                                + own
                                                + "); the regular limit is shown")));
            }
        }
        add(out, windows.rule(track, outcome));
        add(out, AppealRules.DECISION_DEADLINE);
        return out;
    }

    public static String examination(String track) {
        return EXAMINATION_PREFIX + track + ".deadline";
    }

    /** Whether moving from {@code from} to {@code to} meets the limit of {@code rule}. */
    public boolean metBy(String rule, Stage from, Stage to) {
        return switch (rule) {
            case REGISTRATION -> reached(to, Stage.REGISTERED);
            // a remittal returns the case to LODGED: that is no lodging
            case LODGING, BORDER_LODGING -> from != Stage.APPEALED && reached(to, Stage.LODGED);
            case BORDER_MAXIMUM ->
                    includesAppeal() ? to == Stage.FINAL : reached(to, Stage.DECIDED);
            case AppealWindows.APPEAL, AppealWindows.APPEAL_ACCELERATED ->
                    to == Stage.APPEALED || to == Stage.FINAL;
            case AppealRules.DECISION_DEADLINE ->
                    to == Stage.FINAL
                            || from == Stage.APPEALED
                                    && (to == Stage.LODGED || to == Stage.REGISTERED);
            default -> rule.startsWith(EXAMINATION_PREFIX) && reached(to, Stage.DECIDED);
        };
    }

    private boolean includesAppeal() {
        return profile.has(BORDER_MAXIMUM_INCLUDES_APPEAL)
                && profile.flag(BORDER_MAXIMUM_INCLUDES_APPEAL);
    }

    /**
     * The stage order of a first-instance procedure and its appeal; WITHDRAWN reaches nothing (it
     * closes).
     */
    private static boolean reached(Stage to, Stage target) {
        return to != Stage.WITHDRAWN && to.ordinal() >= target.ordinal();
    }

    private void add(List<Applicable> out, String rule) {
        if (isDeadline(rule)) {
            out.add(new Applicable(rule, List.of()));
        }
    }

    private boolean isDeadline(String rule) {
        return profile.has(rule) && profile.rule(rule).kind() == RuleKind.DEADLINE;
    }
}
