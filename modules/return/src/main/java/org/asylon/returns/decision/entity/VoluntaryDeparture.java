package org.asylon.returns.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.returns.decision.entity.DecisionTerms.PeriodTerms;
import org.asylon.returns.decision.entity.ReturnLaw.PeriodRule;

/**
 * The period for voluntary departure a decision grants, in days of the profile rule's counting, and
 * the reasons for any difference from the profile's period. The rules (Return Directive
 * 2008/115/EC, Art 7, in the EU profile; a national choice elsewhere):
 *
 * <ul>
 *   <li>the profile's period ({@code return.voluntary-departure.period}, Art 7(1)) unless the
 *       decision says otherwise;
 *   <li>shorter, down to {@code return.voluntary-departure.minimum} (7 days, Art 7(1)): reasons;
 *   <li>below the minimum, or none: one of {@code return.voluntary-departure.shortening-grounds}
 *       (Art 7(4)) and reasons;
 *   <li>longer: the circumstances of {@code return.voluntary-departure.extension-circumstances}
 *       (Art 7(2)) and reasons, at issue or later.
 * </ul>
 *
 * In the return border procedure the period is {@code return.border.voluntary-departure.period}
 * ("up to 15 days"), with no minimum other than one day: none only on a shortening ground.
 */
@Embeddable
public class VoluntaryDeparture {

    @Column(name = "period_rule", nullable = false)
    private String periodRule;

    @Column(name = "period_basis", nullable = false)
    private String periodBasis;

    @Column(name = "period_counting", nullable = false)
    private String counting;

    /** The profile's period in days, counted from the day of the decision. */
    @Column(name = "profile_days", nullable = false)
    private int profileDays;

    @Column(name = "granted_days", nullable = false)
    private int grantedDays;

    /** Days added by extensions after the decision. */
    @Column(name = "extended_days", nullable = false)
    private int extendedDays;

    /** Comma-separated codes of return.voluntary-departure.shortening-grounds. */
    @Column(name = "shortening_grounds")
    private String shorteningGrounds;

    @Column(name = "shortening_basis")
    private String shorteningBasis;

    /** Comma-separated codes of return.voluntary-departure.extension-circumstances. */
    @Column(name = "extension_circumstances")
    private String extensionCircumstances;

    @Column(name = "period_reasons")
    private String reasons;

    /** The last day of the period, in the profile's zone, once the decision is notified. */
    @Column(name = "period_last_day")
    private LocalDate lastDay;

    /** The end of the last day: from then on, a removal is no longer barred by the period. */
    @Column(name = "period_ends_at")
    private Instant endsAt;

    @Column(name = "period_explanation")
    private String explanation;

    protected VoluntaryDeparture() {}

    /**
     * The period the terms ask for, checked against the profile's rules.
     *
     * @param terms null: the profile's period
     * @param day the day of the decision, from which a period in months is counted in days
     * @throws ProblemException 422 {@code rule-violated} naming the rule, or {@code
     *     validation-failed} naming the field
     */
    public static VoluntaryDeparture grant(
            PeriodTerms terms, boolean borderProcedure, ReturnLaw law, LocalDate day) {
        PeriodTerms t = terms == null ? new PeriodTerms(null, null, null, null) : terms;
        PeriodRule rule = periodRule(borderProcedure, law);
        int profileDays = rule.daysFrom(day);
        int minimumDays = borderProcedure ? 1 : law.minimum().daysFrom(day);
        int granted = t.days() == null ? profileDays : t.days();
        if (granted < 0) {
            throw ProblemException.invalidField(
                    "voluntaryDeparture.days", "must be 0 (no period) or more");
        }
        VoluntaryDeparture period = new VoluntaryDeparture();
        period.periodRule = rule.rule();
        period.periodBasis = rule.basis();
        period.counting = rule.counting().name();
        period.profileDays = profileDays;
        period.grantedDays = granted;
        if (granted > profileDays) {
            noneGiven("voluntaryDeparture.shorteningGrounds", t.shorteningGrounds(), minimumDays);
            period.extensionCircumstances =
                    csv(
                            circumstances(
                                    t.extensionCircumstances(),
                                    law,
                                    "voluntaryDeparture.extensionCircumstances",
                                    "A period longer than the profile's "
                                            + rule.phrase()
                                            + " is an extension"));
            period.reasons = reasons(t.reasons(), "why the period is extended for this person");
        } else if (granted < minimumDays) {
            noneGiven(
                    "voluntaryDeparture.extensionCircumstances",
                    t.extensionCircumstances(),
                    profileDays);
            if (t.shorteningGrounds().isEmpty()) {
                throw ProblemException.ruleViolated(
                        ReturnLaw.SHORTENING_GROUNDS,
                        law.shorteningGrounds().basis(),
                        (granted == 0
                                        ? "No period for voluntary departure"
                                        : "A period shorter than " + minimumDays + " days")
                                + " only on a ground of the profile: "
                                + law.shorteningGrounds().choices()
                                + ". Name it in voluntaryDeparture.shorteningGrounds and give"
                                + " the reasons.");
            }
            period.shorteningGrounds =
                    csv(
                            law.shorteningGrounds()
                                    .require(
                                            "voluntaryDeparture.shorteningGrounds",
                                            t.shorteningGrounds()));
            period.shorteningBasis = law.shorteningGrounds().basis();
            period.reasons =
                    reasons(
                            t.reasons(),
                            "the facts of this person's case that make the ground apply");
        } else {
            noneGiven("voluntaryDeparture.shorteningGrounds", t.shorteningGrounds(), minimumDays);
            noneGiven(
                    "voluntaryDeparture.extensionCircumstances",
                    t.extensionCircumstances(),
                    profileDays);
            if (granted < profileDays) {
                period.reasons =
                        reasons(
                                t.reasons(),
                                "why the period is shorter than the profile's " + rule.phrase());
            } else {
                period.reasons = blank(t.reasons()) ? null : t.reasons().strip();
            }
        }
        return period;
    }

    private static PeriodRule periodRule(boolean borderProcedure, ReturnLaw law) {
        if (!borderProcedure) {
            return law.period();
        }
        return law.borderPeriod()
                .orElseThrow(
                        () ->
                                ProblemException.ruleViolated(
                                        ReturnLaw.BORDER_PERIOD,
                                        null,
                                        "The profile has no voluntary departure period for the"
                                                + " return border procedure: issue the decision"
                                                + " outside it."));
    }

    /**
     * Adds days for the circumstances of the individual case (Art 7(2) in the EU profile), at any
     * time before the period has ended.
     */
    List<String> extend(int days, List<String> circumstances, ReturnLaw law, Instant now) {
        if (grantedDays == 0) {
            throw ProblemException.ruleViolated(
                    ReturnLaw.EXTENSION_CIRCUMSTANCES,
                    law.extensionCircumstances().basis(),
                    "The decision granted no period for voluntary departure, so there is none to"
                            + " extend; a period can only be granted by a new decision.");
        }
        if (endsAt != null && !now.isBefore(endsAt)) {
            throw ProblemException.ruleViolated(
                    ReturnLaw.EXTENSION_CIRCUMSTANCES,
                    law.extensionCircumstances().basis(),
                    "The period ended on "
                            + lastDay
                            + ": an ended period is not extended; a new period needs a new"
                            + " decision.");
        }
        List<String> codes =
                circumstances(
                        circumstances,
                        law,
                        "circumstances",
                        "An extension of the period for voluntary departure");
        List<String> all = new ArrayList<>(codes(extensionCircumstances));
        codes.stream().filter(c -> !all.contains(c)).forEach(all::add);
        extensionCircumstances = csv(all);
        extendedDays += days;
        return codes;
    }

    private static List<String> circumstances(
            List<String> given, ReturnLaw law, String field, String what) {
        if (given.isEmpty()) {
            throw ProblemException.ruleViolated(
                    ReturnLaw.EXTENSION_CIRCUMSTANCES,
                    law.extensionCircumstances().basis(),
                    what
                            + ": it needs the circumstances of the individual case, from the"
                            + " profile's "
                            + law.extensionCircumstances().choices()
                            + ", with reasons.");
        }
        return law.extensionCircumstances().require(field, given);
    }

    private static void noneGiven(String field, List<String> codes, int days) {
        if (!codes.isEmpty()) {
            throw ProblemException.invalidField(
                    field,
                    field.endsWith("shorteningGrounds")
                            ? "only for a period shorter than " + days + " days, or none"
                            : "only for a period longer than the profile's " + days + " days");
        }
    }

    static String reasons(String given, String what) {
        if (blank(given)) {
            throw ProblemException.invalidField(
                    "voluntaryDeparture.reasons", "is required: " + what);
        }
        return given.strip();
    }

    /** Starts the clock at notification. */
    void notified(DepartureDue due) {
        if (totalDays() == 0) {
            return;
        }
        this.lastDay = due.lastDay();
        this.endsAt = due.endsAt();
        this.explanation = due.explanation();
    }

    /** Whether a period was granted. */
    public boolean granted() {
        return totalDays() > 0;
    }

    /** Whether the period runs at {@code at}: notified and not yet ended. */
    public boolean runsAt(Instant at) {
        return endsAt != null && at.isBefore(endsAt);
    }

    public PeriodKind kind() {
        int total = totalDays();
        if (total == 0) {
            return PeriodKind.NONE;
        }
        if (total < profileDays) {
            return PeriodKind.SHORTENED;
        }
        return total > profileDays ? PeriodKind.EXTENDED : PeriodKind.PROFILE_PERIOD;
    }

    /** Whether the period is the profile's own, unchanged (its end is the profile rule's). */
    public boolean profilePeriodAsItIs() {
        return grantedDays == profileDays && extendedDays == 0;
    }

    public int totalDays() {
        return grantedDays + extendedDays;
    }

    public String periodRule() {
        return periodRule;
    }

    public String periodBasis() {
        return periodBasis;
    }

    public String counting() {
        return counting;
    }

    public int profileDays() {
        return profileDays;
    }

    public int grantedDays() {
        return grantedDays;
    }

    public int extendedDays() {
        return extendedDays;
    }

    public List<String> shorteningGrounds() {
        return codes(shorteningGrounds);
    }

    public String shorteningBasis() {
        return shorteningBasis;
    }

    public List<String> extensionCircumstances() {
        return codes(extensionCircumstances);
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String explanation() {
        return explanation;
    }

    static String csv(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    static List<String> codes(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
