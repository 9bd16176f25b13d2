package org.asylon.entry.document.control;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** Reads {@code YYMMDD} dates (Doc 9303 Part 3 §4.8) and applies the century policy. */
final class MrzDates {

    /**
     * @param unreadable why the text is not a date, or null if it is one
     * @param centuryProblem why no century could be chosen, or null
     */
    record DateReading(MrzDate date, String unreadable, String centuryProblem) {
        boolean isDate() {
            return unreadable == null;
        }
    }

    private final CenturyPolicy policy;
    private final LocalDate today;

    MrzDates(CenturyPolicy policy, LocalDate today) {
        this.policy = policy;
        this.today = today;
    }

    DateReading read(String raw, MrzField field) {
        boolean unknownPartsAllowed =
                field == MrzField.DATE_OF_BIRTH; // Part 3 §4.8 allows them only there
        Integer[] parts = new Integer[3];
        for (int i = 0; i < 3; i++) {
            String pair = raw.substring(2 * i, 2 * i + 2);
            if (pair.equals("<<") && unknownPartsAllowed) {
                parts[i] = null;
            } else if (Character.isDigit(pair.charAt(0)) && Character.isDigit(pair.charAt(1))) {
                parts[i] = Integer.parseInt(pair);
            } else {
                String why =
                        pair.equals("<<")
                                ? "it marks part of the date as unknown ('<<'), which only a date of birth may do"
                                : "'"
                                        + pair
                                        + "' is "
                                        + (pair.indexOf('<') >= 0
                                                ? "only partly unknown"
                                                : "not a number");
                return unreadable(raw, field, why);
            }
        }
        Integer twoDigitYear = parts[0];
        Integer month = parts[1];
        Integer day = parts[2];
        if (month != null && (month < 1 || month > 12)) {
            return unreadable(raw, field, "there is no month " + month);
        }
        int leapTolerantMaximum = month == null ? 31 : YearMonth.of(2000, month).lengthOfMonth();
        if (day != null && (day < 1 || day > leapTolerantMaximum)) {
            return unreadable(
                    raw,
                    field,
                    "there is no day " + day + (month == null ? "" : " in month " + month));
        }
        if (twoDigitYear == null) {
            return new DateReading(new MrzDate(raw, null, month, day, null), null, null);
        }
        CenturyChoice choice =
                field == MrzField.DATE_OF_BIRTH
                        ? policy.birthYear(twoDigitYear, month, day, today)
                        : policy.expiryYear(twoDigitYear, month, day, today);
        if (choice.year() == null) {
            return new DateReading(
                    new MrzDate(raw, null, month, day, choice.rule()),
                    null,
                    field.sentenceLabel()
                            + " "
                            + raw
                            + ": no century fits the rule \""
                            + choice.rule()
                            + "\", so the year is left unknown.");
        }
        if (month != null
                && day != null
                && month == 2
                && day == 29
                && !Year.isLeap(choice.year())) {
            return unreadable(
                    raw, field, choice.year() + " is not a leap year, so it has no 29 February");
        }
        return new DateReading(
                new MrzDate(raw, choice.year(), month, day, choice.rule()), null, null);
    }

    private static DateReading unreadable(String raw, MrzField field, String why) {
        return new DateReading(
                new MrzDate(raw, null, null, null, null),
                field.sentenceLabel() + " '" + raw + "' is not a valid YYMMDD date: " + why + ".",
                null);
    }
}
