package org.asylon.detention.conditions.entity;

import java.math.BigDecimal;
import org.asylon.kernel.problem.ProblemException;

/**
 * The Nelson Mandela Rules' limits on solitary confinement (UN GA Res 70/175, 2015), as the legal
 * profile states them.
 *
 * @param dailyHours {@value #DAILY_HOURS}: from this many hours a day without meaningful human
 *     contact, confinement is solitary confinement (Rule 44)
 * @param prolongedDays {@value #PROLONGED_DAYS}: more consecutive days of solitary confinement than
 *     this is prolonged solitary confinement, which is prohibited (Rules 43(1)(b), 44)
 * @param dailyHoursBasis the profile's basis for {@code dailyHours}
 * @param prolongedBasis the profile's basis for {@code prolongedDays}
 */
public record SolitaryStandard(
        BigDecimal dailyHours, int prolongedDays, String dailyHoursBasis, String prolongedBasis) {

    public static final String DAILY_HOURS = "detention.solitary.daily-hours";
    public static final String PROLONGED_DAYS = "detention.solitary.prolonged-days";

    /** Rule 45(1): solitary confinement only with the authorisation of a competent authority. */
    public static final String AUTHORISATION = "detention.solitary.authorisation";

    public static final String AUTHORISATION_BASIS = "Nelson Mandela Rules (2015), Rule 45(1)";

    /**
     * Rule 45(2): no solitary confinement for a person with a mental or physical disability whose
     * condition it would worsen.
     */
    public static final String DISABILITY = "detention.solitary.disability";

    public static final String DISABILITY_BASIS = "Nelson Mandela Rules (2015), Rule 45(2)";

    /** Rule 44: 22 hours or more (in the reference profiles) without meaningful human contact. */
    public boolean solitary(BigDecimal hoursWithoutContact) {
        return hoursWithoutContact.compareTo(dailyHours) >= 0;
    }

    /** Rules 43(1)(b), 44: more than 15 consecutive days (in the reference profiles). */
    public boolean prolonged(int consecutiveDays) {
        return consecutiveDays > prolongedDays;
    }

    /**
     * Refuses a solitary day recorded without the competent authority that authorised it (Rule
     * 45(1)), or for a person whose disability it worsens (Rule 45(2)). A day below the threshold
     * needs neither.
     */
    public void check(
            BigDecimal hoursWithoutContact, String authorisedBy, boolean disabilityWorsened) {
        if (!solitary(hoursWithoutContact)) {
            return;
        }
        if (disabilityWorsened) {
            throw ProblemException.ruleViolated(
                    DISABILITY,
                    DISABILITY_BASIS,
                    "Solitary confinement ("
                            + dailyHours.toPlainString()
                            + " hours or more without meaningful human contact) is prohibited for a"
                            + " person whose mental or physical disability it would worsen.");
        }
        if (authorisedBy == null || authorisedBy.isBlank()) {
            throw ProblemException.ruleViolated(
                    AUTHORISATION,
                    AUTHORISATION_BASIS,
                    "A day of solitary confinement ("
                            + hoursWithoutContact.stripTrailingZeros().toPlainString()
                            + " hours without meaningful human contact) needs the competent"
                            + " authority that authorised it in authorisedBy.");
        }
    }
}
