package org.asylon.returns.decision.entity;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.Counting;
import org.asylon.kernel.profile.ListItem;

/**
 * The profile's rules of a return decision, read once by their names (control.ReturnProfile), that
 * a decision and its appeals are checked against. Each value comes with the legal basis of the rule
 * it came from, so that a refusal can name it.
 *
 * @param grounds {@code return.decision.grounds}
 * @param period {@code return.voluntary-departure.period}
 * @param borderPeriod {@code return.border.voluntary-departure.period}, where the profile has it
 * @param minimum {@code return.voluntary-departure.minimum}
 * @param shorteningGrounds {@code return.voluntary-departure.shortening-grounds}
 * @param extensionCircumstances {@code return.voluntary-departure.extension-circumstances}
 * @param banMaximum {@code return.entry-ban.maximum}
 * @param longerBanGrounds {@code return.entry-ban.longer-grounds}, where the profile has it
 * @param indefiniteBan {@code return.entry-ban.indefinite} (false when absent)
 * @param transit {@code return.country.transit}: never, readmission-arrangement or allowed
 * @param suspensiveEffect {@code return.appeal.suspensive-effect}: automatic, on-request or none
 * @param nonRefoulementBasis the profile's {@code entry.non-refoulement.basis}
 * @param zone the profile's time zone (the days of a period are counted there)
 */
public record ReturnLaw(
        Coded grounds,
        PeriodRule period,
        Optional<PeriodRule> borderPeriod,
        PeriodRule minimum,
        Coded shorteningGrounds,
        Coded extensionCircumstances,
        PeriodRule banMaximum,
        Optional<Coded> longerBanGrounds,
        Based<Boolean> indefiniteBan,
        Based<String> transit,
        Based<String> suspensiveEffect,
        String nonRefoulementBasis,
        ZoneId zone) {

    public static final String GROUNDS = "return.decision.grounds";
    public static final String PERIOD = "return.voluntary-departure.period";
    public static final String BORDER_PERIOD = "return.border.voluntary-departure.period";
    public static final String MINIMUM = "return.voluntary-departure.minimum";
    public static final String SHORTENING_GROUNDS = "return.voluntary-departure.shortening-grounds";
    public static final String EXTENSION_CIRCUMSTANCES =
            "return.voluntary-departure.extension-circumstances";
    public static final String BAN_MAXIMUM = "return.entry-ban.maximum";
    public static final String LONGER_BAN_GROUNDS = "return.entry-ban.longer-grounds";
    public static final String INDEFINITE_BAN = "return.entry-ban.indefinite";
    public static final String TRANSIT = "return.country.transit";
    public static final String SUSPENSIVE_EFFECT = "return.appeal.suspensive-effect";
    public static final String NON_REFOULEMENT_BASIS = "entry.non-refoulement.basis";

    /**
     * The module's own rule, not a profile's: a return decision never names, and no removal goes
     * to, a country the person fears. Its basis is the profile's {@code
     * entry.non-refoulement.basis}.
     */
    public static final String NON_REFOULEMENT = "return.country.non-refoulement";

    /**
     * The module's own rule: no forced removal while a voluntary departure period granted by the
     * decision has not begun (the decision is not notified) or still runs.
     */
    public static final String REMOVAL_AFTER_PERIOD = "return.removal.after-voluntary-departure";

    /** The module's own rule: no forced removal on a return decision the appeal body annulled. */
    public static final String ANNULLED = "return.decision.annulled";

    /**
     * No removal or handover enforces nothing: a case from RSD or the desk needs a return decision
     * in force (a refusal of entry, or a transfer decision under readmission, is its own title).
     */
    public static final String IN_FORCE = "return.decision.in-force";

    public static final String TRANSIT_NEVER = "never";
    public static final String TRANSIT_ARRANGEMENT = "readmission-arrangement";
    public static final String SUSPENSIVE_AUTOMATIC = "automatic";
    public static final String SUSPENSIVE_ON_REQUEST = "on-request";

    /** A value with the legal basis of the rule it came from. */
    public record Based<T>(T value, String basis) {}

    /** A deadline rule read as a length: its name, its length, how it counts, its basis. */
    public record PeriodRule(String rule, Period length, Counting counting, String basis) {

        /** The length in days from {@code day} (a month from 31 January is 28 or 29 days). */
        public int daysFrom(LocalDate day) {
            return (int) ChronoUnit.DAYS.between(day, day.plus(length));
        }

        /** Whether {@code other}, counted from {@code day}, ends later than this length. */
        public boolean exceededBy(Period other, LocalDate day) {
            return day.plus(other).isAfter(day.plus(length));
        }

        /** "30 calendar days", "5 years": the length as an officer reads it. */
        public String phrase() {
            List<String> parts = new ArrayList<>();
            add(parts, length.getYears(), "year");
            add(parts, length.getMonths(), "month");
            if (length.getDays() != 0) {
                add(
                        parts,
                        length.getDays(),
                        counting == Counting.WORKING ? "working day" : "calendar day");
            }
            return String.join(" ", parts);
        }

        private static void add(List<String> parts, int n, String unit) {
            if (n != 0) {
                parts.add(n + " " + unit + (n == 1 ? "" : "s"));
            }
        }
    }

    /** A list rule: its items by code, and its basis. */
    public record Coded(String rule, Map<String, ListItem> items, String basis) {

        public Coded(String rule, List<ListItem> items, String basis) {
            this(rule, index(items), basis);
        }

        private static Map<String, ListItem> index(List<ListItem> items) {
            Map<String, ListItem> byCode = new LinkedHashMap<>();
            items.forEach(item -> byCode.put(item.code(), item));
            return Map.copyOf(byCode);
        }

        public Optional<ListItem> item(String code) {
            return Optional.ofNullable(items.get(code));
        }

        /** "risk-of-absconding (Risk of absconding), ...": what an officer may choose from. */
        public String choices() {
            return items.values().stream()
                    .map(i -> i.code() + " (" + i.label() + ")")
                    .sorted()
                    .collect(Collectors.joining(", "));
        }

        /**
         * The codes, each checked against the list; the field names the one that is not in it.
         *
         * @throws ProblemException 422 {@code validation-failed} naming {@code field[i]}
         */
        public List<String> require(String field, List<String> codes) {
            List<String> checked = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i) == null ? "" : codes.get(i).trim();
                if (!items.containsKey(code)) {
                    throw ProblemException.invalidField(
                            field + "[" + i + "]",
                            "not a code of the profile's " + rule + ": " + choices());
                }
                if (!checked.contains(code)) {
                    checked.add(code);
                }
            }
            return List.copyOf(checked);
        }
    }
}
