package org.asylon.rsd.appeal.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.Rule;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.appeal.entity.Suspension;
import org.asylon.rsd.decision.entity.Decision;

/**
 * The rules of an appeal, pure so that each is tested without a database: whether it is late (against the
 * window computed at notification), whether it suspends removal (the profile's flag for the application's
 * track), when the appeal body must decide, and the independence of the appeal officer.
 */
public final class AppealRules {

    public static final String SUSPENSIVE_REGULAR = "asylum.appeal.suspensive.regular";
    public static final String SUSPENSIVE_ACCELERATED = "asylum.appeal.suspensive.accelerated";
    public static final String SUSPENSIVE_BORDER = "asylum.appeal.suspensive.border";
    public static final String DECISION_DEADLINE = "asylum.appeal.decision.deadline";
    /** The appeal is decided by someone other than whoever decided, reviewed or heard the claim. */
    public static final String INDEPENDENCE = "rsd.appeal.independence";
    public static final String INDEPENDENCE_BASIS = "Right to an effective remedy before an independent decision-maker;"
            + " UNHCR RSD Procedural Standards (2005) section 7.1.1: the appeal is decided by an Eligibility Officer other"
            + " than the one who heard the claim and took the first-instance decision [secondary source]";
    /** Who may decide an appeal: the appeal officer assigned to the file. */
    public static final String APPEAL_OFFICER = "rsd.appeal.officer";

    private final LegalProfile profile;

    public AppealRules(LegalProfile profile) {
        this.profile = profile;
    }

    /**
     * The suspensive effect by the application's track: {@value #SUSPENSIVE_BORDER} for the border procedure
     * and {@value #SUSPENSIVE_ACCELERATED} for the accelerated track where the profile has them, otherwise
     * {@value #SUSPENSIVE_REGULAR}.
     */
    public Suspension suspension(AsylumApplication a) {
        String track = a.track() == null ? null : a.track().track();
        String rule = SUSPENSIVE_REGULAR;
        if ("border".equals(track) && profile.has(SUSPENSIVE_BORDER)) {
            rule = SUSPENSIVE_BORDER;
        } else if ("accelerated".equals(track) && profile.has(SUSPENSIVE_ACCELERATED)) {
            rule = SUSPENSIVE_ACCELERATED;
        }
        Rule r = profile.rule(rule);
        return new Suspension(profile.flag(rule), rule, r.basis());
    }

    /** Days after the window's last day on which the appeal was received; 0 when in time. */
    public static int daysLate(LocalDate windowLastDay, LocalDate lodgedOn) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(windowLastDay, lodgedOn));
    }

    /** Whether the profile sets a time limit for the appeal body (not where UNHCR decides). */
    public boolean hasDecisionDeadline() {
        return profile.has(DECISION_DEADLINE);
    }

    /**
     * Refuses an appeal officer who took part in the first instance: who took or reviewed any decision on
     * the claim (including decisions since set aside), or the officer assigned to examine it.
     */
    public static void requireIndependent(String officer, AsylumApplication a, List<Decision> decisions) {
        List<String> roles = new ArrayList<>();
        for (Decision d : decisions) {
            if (officer.equals(d.decidedBy())) {
                roles.add("took the first-instance decision " + d.id());
            }
            if (officer.equals(d.reviewedBy())) {
                roles.add("reviewed (four-eyes) the first-instance decision " + d.id());
            }
        }
        if (officer.equals(a.assignedOfficer())) {
            roles.add("is the eligibility officer assigned to the first-instance examination");
        }
        if (!roles.isEmpty()) {
            throw ProblemException.ruleViolated(INDEPENDENCE, INDEPENDENCE_BASIS, officer + " " + String.join(" and ",
                    roles.stream().distinct().toList()) + ", so cannot decide the appeal on application " + a.id()
                    + ": another appeal officer must.");
        }
    }
}
