package org.asylon.rsd.appeal.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.Rule;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.appeal.entity.Suspension;
import org.asylon.rsd.application.entity.AsylumApplication;

/**
 * The rules of an appeal, pure so that each is tested without a database: whether it is late
 * (against the window computed at notification), whether it suspends removal (the profile's flag
 * for the application's track), and whether the appeal body must decide within a time limit. The
 * independence of the appeal officer is guarded by the {@link Appeal} itself.
 */
public final class AppealRules {

    /**
     * Whether an appeal suspends removal in the regular track, and in every track without a flag of
     * its own ({@value #SUSPENSIVE_PREFIX}{@code <track>}, e.g. {@code
     * asylum.appeal.suspensive.border}).
     */
    public static final String SUSPENSIVE_REGULAR = "asylum.appeal.suspensive.regular";

    static final String SUSPENSIVE_PREFIX = "asylum.appeal.suspensive.";
    public static final String DECISION_DEADLINE = "asylum.appeal.decision.deadline";

    /** Who may decide an appeal: the appeal officer assigned to the file. */
    public static final String APPEAL_OFFICER = "rsd.appeal.officer";

    private final LegalProfile profile;

    public AppealRules(LegalProfile profile) {
        this.profile = profile;
    }

    /**
     * The suspensive effect of an appeal by the application's track: the profile's flag for that
     * track where it has one, otherwise {@value #SUSPENSIVE_REGULAR}. The flags say whether the
     * appeal suspends removal automatically; suspension on request where it does not is not
     * modelled (the reference texts give no rule for it: APR Art 68 is not in them).
     */
    public Suspension suspension(AsylumApplication a) {
        String own = a.track() == null ? null : suspensive(a.track().track());
        String rule = own != null && profile.has(own) ? own : SUSPENSIVE_REGULAR;
        Rule r = profile.rule(rule);
        return new Suspension(profile.flag(rule), rule, r.basis());
    }

    /**
     * The name of the suspensive-effect flag of {@code track}, whether or not the profile has it.
     */
    public static String suspensive(String track) {
        return SUSPENSIVE_PREFIX + track;
    }

    /** Days after the window's last day on which the appeal was received; 0 when in time. */
    public static int daysLate(LocalDate windowLastDay, LocalDate lodgedOn) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(windowLastDay, lodgedOn));
    }

    /** Whether the profile sets a time limit for the appeal body (not where UNHCR decides). */
    public boolean hasDecisionDeadline() {
        return profile.has(DECISION_DEADLINE);
    }
}
