package org.asylon.rulebook;

import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.profile.LegalProfile;

/**
 * The {@code [calendar]} settings in words, shared by the rule book and the comparison so both say
 * the same.
 */
final class CalendarWords {

    /**
     * The [calendar] keys in the order a reader needs them; any later key follows alphabetically.
     */
    private static final List<String> CALENDAR_KEYS =
            List.of("zone", "weekend", "holidays", "first-day", "roll-forward");

    private CalendarWords() {}

    /** The [calendar] keys of the profiles in reading order (the settings map itself has none). */
    static List<String> keys(List<LegalProfile> profiles) {
        List<String> keys = new ArrayList<>(CALENDAR_KEYS);
        profiles.stream()
                .flatMap(p -> p.calendar().settings().keySet().stream())
                .distinct()
                .filter(k -> !keys.contains(k))
                .sorted()
                .forEach(keys::add);
        return keys;
    }

    /** The two counting switches mean nothing to a reader as true/false or next-day/same-day. */
    static String value(String key, String value) {
        return switch (key + "=" + value) {
            case "first-day=next-day" -> "next-day: the day of the event is not counted";
            case "first-day=same-day" -> "same-day: the day of the event is day one";
            case "roll-forward=true" ->
                    "yes: a limit ending on a weekend or holiday moves to the next working day";
            case "roll-forward=false" -> "no: a limit ending on a weekend or holiday is not moved";
            default -> value.isBlank() ? "none listed" : value;
        };
    }
}
