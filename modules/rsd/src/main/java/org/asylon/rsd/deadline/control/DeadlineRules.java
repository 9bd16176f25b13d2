package org.asylon.rsd.deadline.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.RuleKind;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;

/**
 * Which of the profile's RSD time limits apply to an application and which stage change meets each.
 * Every rule is optional here: a profile without it (UNHCR decides under its mandate and runs no
 * examination clock of the state's; no lodging step) simply yields no deadline.
 *
 * <ul>
 * <li>registration ({@code asylum.registration.deadline}) is met on REGISTERED;</li>
 * <li>lodging ({@code asylum.lodging.deadline}; in the border track also
 * {@code asylum.border-procedure.lodging.deadline}) on LODGED;</li>
 * <li>the examination limit of the track ({@code asylum.examination.<track>.deadline}) on DECIDED;</li>
 * <li>the border-procedure maximum ({@code asylum.border-procedure.deadline}) on FINAL, because by its
 * basis (APR Art 51(2)) it covers the whole procedure including any appeal;</li>
 * <li>the appeal window ({@code asylum.appeal.accelerated.deadline} for accelerated and border cases and
 * for inadmissibility and implicit-withdrawal decisions, {@code asylum.appeal.deadline} otherwise) on
 * APPEALED or FINAL;</li>
 * <li>the appeal decision ({@code asylum.appeal.decision.deadline}) on FINAL or on remittal.</li>
 * </ul>
 * A withdrawal closes every open deadline.
 */
public final class DeadlineRules {

    public static final String REGISTRATION = "asylum.registration.deadline";
    public static final String LODGING = "asylum.lodging.deadline";
    public static final String BORDER_LODGING = "asylum.border-procedure.lodging.deadline";
    public static final String BORDER_MAXIMUM = "asylum.border-procedure.deadline";
    public static final String APPEAL = "asylum.appeal.deadline";
    public static final String APPEAL_ACCELERATED = "asylum.appeal.accelerated.deadline";
    public static final String APPEAL_DECISION = "asylum.appeal.decision.deadline";
    static final String EXAMINATION_PREFIX = "asylum.examination.";
    static final String REGULAR_EXAMINATION = "asylum.examination.regular.deadline";

    private static final Set<String> SHORT_APPEAL_TRACKS = Set.of("accelerated", "border");
    private static final Set<Outcome> SHORT_APPEAL_OUTCOMES = Set.of(Outcome.INADMISSIBLE, Outcome.IMPLICITLY_WITHDRAWN);

    /** A rule that applies, and what the module adds to the calculator's caveats for it. */
    public record Applicable(String rule, List<String> caveats) {
    }

    private final LegalProfile profile;

    public DeadlineRules(LegalProfile profile) {
        this.profile = profile;
    }

    /** The rules that apply to an application in {@code track} (null before triage) with {@code outcome} (null before a decision). */
    public List<Applicable> applicable(String track, Outcome outcome) {
        List<Applicable> out = new ArrayList<>();
        add(out, REGISTRATION);
        add(out, LODGING);
        if ("border".equals(track)) {
            add(out, BORDER_LODGING);
            add(out, BORDER_MAXIMUM);
        } else if (track != null) {
            String own = examination(track);
            if (isDeadline(own)) {
                out.add(new Applicable(own, List.of()));
            } else if (isDeadline(REGULAR_EXAMINATION)) {
                out.add(new Applicable(REGULAR_EXAMINATION, List.of("profile " + profile.name()
                        + " has no examination limit of its own for the " + track + " track (" + own
                        + "); the regular limit is shown")));
            }
        }
        boolean shortWindow = (track != null && SHORT_APPEAL_TRACKS.contains(track))
                || (outcome != null && SHORT_APPEAL_OUTCOMES.contains(outcome));
        if (shortWindow && isDeadline(APPEAL_ACCELERATED)) {
            add(out, APPEAL_ACCELERATED);
        } else {
            add(out, APPEAL);
        }
        add(out, APPEAL_DECISION);
        return out;
    }

    public static String examination(String track) {
        return EXAMINATION_PREFIX + track + ".deadline";
    }

    /** Whether moving from {@code from} to {@code to} meets the limit of {@code rule}. */
    public static boolean metBy(String rule, Stage from, Stage to) {
        return switch (rule) {
            case REGISTRATION -> reached(to, Stage.REGISTERED);
            case LODGING, BORDER_LODGING -> from != Stage.APPEALED && reached(to, Stage.LODGED);
            case BORDER_MAXIMUM -> to == Stage.FINAL;
            case APPEAL, APPEAL_ACCELERATED -> to == Stage.APPEALED || to == Stage.FINAL;
            case APPEAL_DECISION -> to == Stage.FINAL || from == Stage.APPEALED && (to == Stage.LODGED
                    || to == Stage.REGISTERED);
            default -> rule.startsWith(EXAMINATION_PREFIX) && reached(to, Stage.DECIDED);
        };
    }

    /** The stage order of a first-instance procedure and its appeal; WITHDRAWN reaches nothing (it closes). */
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
