package org.asylon.detention.order.entity;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.profile.ListItem;

/**
 * The profile's rules of detention, read once by their names (order.control.OrderProfile), that an
 * order is checked against. Each list comes with its legal basis, so that a refusal can name it.
 *
 * @param grounds the profile's closed list of grounds, by code
 * @param whileClaimPending grounds lawful while a claim or suspensive appeal is pending
 * @param withoutClaim grounds lawful for a person without a pending claim
 * @param alternatives codes of the alternatives every order must address
 * @param children {@code never} or {@code last-resort}
 * @param ageOfMajority age below which a person is a child
 * @param zone the profile's time zone (a child's age is counted there)
 * @param exceptionalReview the profile has an exceptional judicial-review limit
 * @param extensionAuthority {@code judicial} or {@code administrative}
 * @param applicantExtension the profile has {@code detention.extended-maximum}
 * @param returnMaximum the profile has {@code return.detention.maximum}
 * @param returnExtension the profile has {@code return.detention.extended-maximum}
 */
public record DetentionLaw(
        Map<String, ListItem> grounds,
        Based<Set<String>> whileClaimPending,
        Based<Set<String>> withoutClaim,
        Based<List<String>> alternatives,
        Based<String> children,
        int ageOfMajority,
        ZoneId zone,
        boolean exceptionalReview,
        Based<String> extensionAuthority,
        boolean applicantExtension,
        boolean returnMaximum,
        boolean returnExtension) {

    public static final String GROUNDS = "detention.grounds";
    public static final String WHILE_CLAIM_PENDING = "detention.grounds.while-claim-pending";
    public static final String WITHOUT_CLAIM = "detention.grounds.without-claim";
    public static final String ALTERNATIVES = "detention.alternatives";
    public static final String CHILDREN = "detention.children";
    public static final String AGE_OF_MAJORITY = "entry.child.age-of-majority";
    public static final String MAXIMUM = "detention.maximum";
    public static final String EXTENDED_MAXIMUM = "detention.extended-maximum";
    public static final String RETURN_MAXIMUM = "return.detention.maximum";
    public static final String RETURN_EXTENDED_MAXIMUM = "return.detention.extended-maximum";
    public static final String JUDICIAL_REVIEW = "detention.judicial-review.deadline";
    public static final String EXCEPTIONAL_JUDICIAL_REVIEW =
            "detention.judicial-review.exceptional-deadline";
    public static final String PERIODIC_REVIEW = "detention.periodic-review.interval";
    public static final String EXTENSION_AUTHORITY = "detention.extension.authority";

    /**
     * The module's own rule, not a profile's: a person granted protection is not detained under
     * this module, and is released when the justification ends.
     */
    public static final String PROTECTED_PERSON = "detention.protected-person";

    public static final String PROTECTED_PERSON_BASIS =
            "UNHCR Detention Guidelines (2012), Guideline 6, paras 44–46 (release when the"
                    + " justification ends)";

    /** Rule of the individual assessment (UNHCR Guideline 4.1, RCD Art 10(2)). */
    public static final String INDIVIDUAL_ASSESSMENT = "detention.individual-assessment";

    public static final String INDIVIDUAL_ASSESSMENT_BASIS =
            "UNHCR Detention Guidelines (2012), Guideline 4.1; Reception Conditions Directive (EU)"
                    + " 2024/1346, Art 10(2)";

    /** Proportionality applies to the initial order and to every extension. */
    public static final String EXTENSION_PROPORTIONALITY_BASIS =
            "UNHCR Detention Guidelines (2012), Guideline 4.2";

    /** A value with the legal basis of the rule it came from. */
    public record Based<T>(T value, String basis) {}

    public Optional<ListItem> ground(String code) {
        return Optional.ofNullable(grounds.get(code));
    }

    /** Whether the ground is lawful for a person in this protection regime. */
    public boolean lawful(String groundCode, boolean applicant) {
        return applicant
                ? whileClaimPending.value().contains(groundCode)
                : withoutClaim.value().contains(groundCode);
    }

    public boolean childrenNever() {
        return "never".equals(children.value());
    }

    public boolean extensionJudicial() {
        return "judicial".equals(extensionAuthority.value());
    }

    /** The maximum rule of a regime. */
    public String maximumRule(Regime regime) {
        return regime == Regime.APPLICANT || !returnMaximum ? MAXIMUM : RETURN_MAXIMUM;
    }

    /** The extended-maximum rule of a regime, if the profile has one. */
    public Optional<String> extendedMaximumRule(Regime regime) {
        if (regime == Regime.APPLICANT) {
            return applicantExtension ? Optional.of(EXTENDED_MAXIMUM) : Optional.empty();
        }
        return returnExtension ? Optional.of(RETURN_EXTENDED_MAXIMUM) : Optional.empty();
    }
}
