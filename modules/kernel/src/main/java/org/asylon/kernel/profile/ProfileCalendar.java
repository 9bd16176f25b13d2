package org.asylon.kernel.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working-day calendar and counting conventions of a profile.
 *
 * @param zone the state's legal time zone; dates of instants are taken in it
 * @param weekend non-working days of the week
 * @param holidays public holidays (date → name); only the state can fill these in
 * @param firstDay whether the day of the anchor event counts as day one ({@link FirstDay})
 * @param rollForward whether a calendar-day deadline that ends on a weekend or holiday moves to the
 *     next working day; Reg 1182/71 is UNCONFIRMED in the reference files, hence a setting
 * @param settings each key as written, with its status, basis and note
 */
public record ProfileCalendar(
        ZoneId zone,
        Set<DayOfWeek> weekend,
        Map<LocalDate, String> holidays,
        FirstDay firstDay,
        boolean rollForward,
        Map<String, CalendarSetting> settings) {

    /** Keys of the {@code [calendar]} section, in the order they are checked; all are required. */
    static final List<String> KEYS =
            List.of("zone", "weekend", "holidays", "first-day", "roll-forward");

    public ProfileCalendar {
        weekend = Set.copyOf(weekend);
        holidays = Map.copyOf(holidays);
        settings = Map.copyOf(settings);
    }

    /** How the day of the anchor is treated when counting days. */
    public enum FirstDay {
        /** The day of the event is not counted: 7 days from 2 November end on 9 November. */
        NEXT_DAY("next-day"),
        /** The day of the event is day one: 7 days from 2 November end on 8 November. */
        SAME_DAY("same-day");

        private final String code;

        FirstDay(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static FirstDay parse(String text) {
            for (FirstDay f : values()) {
                if (f.code.equals(text)) {
                    return f;
                }
            }
            return null;
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    public CalendarSetting setting(String key) {
        CalendarSetting s = settings.get(key);
        if (s == null) {
            throw new ProfileException("no calendar setting '" + key + "'");
        }
        return s;
    }
}
