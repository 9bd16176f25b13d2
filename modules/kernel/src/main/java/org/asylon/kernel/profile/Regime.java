package org.asylon.kernel.profile;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One readmission regime a state is bound by (AMMR, Dublin III for the transition, a readmission
 * agreement), read from {@code regimes/<code>.regime} and named by the state profile's {@code
 * readmission.regimes}. Its rules (module {@code readmission-regime} of {@code rules.catalogue})
 * are a {@link LegalProfile} of their own whose {@code name()} is the regime code and whose
 * calendar is the state's, so that {@code new DeadlineCalculator(regime.rules())} counts a regime's
 * limits in the state's days and names the regime's article.
 *
 * @param code the file name without {@code .regime}, e.g. {@code eu-ammr}; the item code in {@code
 *     readmission.regimes}
 * @param title what officers read, e.g. "Asylum and Migration Management Regulation"
 * @param instrument the legal instrument, e.g. "Regulation (EU) 2024/1351 (AMMR)"
 * @param parties free text: the states bound by it, e.g. "EU Member States and Albania"
 * @param rules the regime's rules with the state's calendar
 */
public record Regime(
        String code, String title, String instrument, String parties, LegalProfile rules) {

    /**
     * The request kinds the readmission module understands; {@code regime.request-kinds} may list
     * no other: {@code take-charge} (AMMR Art 39, Dublin III Art 21), {@code take-back-request}
     * (Dublin III Art 23), {@code take-back-notification} (AMMR Art 41), {@code
     * readmission-application} (readmission agreements).
     */
    public static final Set<String> REQUEST_KINDS =
            sorted(
                    "take-charge",
                    "take-back-request",
                    "take-back-notification",
                    "readmission-application");

    /**
     * The person's fields that {@code regime.shared-fields} may let leave the state: identity and
     * what a transfer needs, never the content of a claim for protection (an account, an
     * assessment, a reason), for which no code exists.
     */
    public static final Set<String> SHAREABLE_FIELDS =
            sorted(
                    "name",
                    "other-names",
                    "date-of-birth",
                    "sex",
                    "nationality",
                    "travel-document",
                    "eurodac-reference",
                    "photograph",
                    "family-members",
                    "languages",
                    "specific-needs",
                    "entry-date",
                    "last-address");

    /**
     * The rule that lists the request kinds; its items name the per-kind rules {@code
     * regime.<kind>.…}.
     */
    public static final String REQUEST_KINDS_RULE = "regime.request-kinds";

    /** The rule that lists the fields that may leave the state under the regime. */
    public static final String SHARED_FIELDS_RULE = "regime.shared-fields";

    /** The state rule naming the regimes that bind the state, in the order officers see them. */
    public static final String STATE_RULE = "readmission.regimes";

    /** Folder of regime files, under the profile directory and under {@code asylon/profiles/}. */
    public static final String FOLDER = "regimes/";

    public static final String EXTENSION = ".regime";

    /** The request kinds this regime has, in the order the file lists them. */
    public List<String> requestKinds() {
        return rules.list(REQUEST_KINDS_RULE).stream().map(ListItem::code).toList();
    }

    /** The codes of the person's fields that may be sent to the other state under this regime. */
    public List<String> sharedFields() {
        return rules.list(SHARED_FIELDS_RULE).stream().map(ListItem::code).toList();
    }

    private static Set<String> sorted(String... codes) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(codes)));
    }
}
