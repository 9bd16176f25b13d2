package org.asylon.detention.conditions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.conditions.control.SolitaryRuns.Assessment;
import org.asylon.detention.conditions.control.SolitaryRuns.Entry;
import org.asylon.detention.conditions.entity.SolitaryStandard;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs of consecutive days of solitary confinement (Mandela Rule 44) and prolonged solitary
 * confinement (Rules 43(1)(b), 44: more than 15 consecutive days), counted from day records under
 * each base reference profile.
 */
class SolitaryRunsTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-11-01");

    private static SolitaryStandard standard(String profile) {
        return SolitaryProfile.standardOf(new ProfileLoader().load(profile));
    }

    /** {@code days} consecutive days from FIRST, each with the hours given. */
    private static List<Entry> days(int days, String hours) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            entries.add(new Entry(FIRST.plusDays(i), new BigDecimal(hours)));
        }
        return entries;
    }

    private static LocalDate dayAfter(List<Entry> entries) {
        return entries.get(entries.size() - 1).date().plusDays(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void rules43_1_bAnd44_16ConsecutiveSolitaryDaysAreProlonged(String profile) {
        List<Entry> entries = days(16, "22");
        Assessment a = SolitaryRuns.assess(entries, standard(profile), dayAfter(entries));
        assertEquals(16, a.currentRun());
        assertTrue(a.prolonged());
        assertEquals(FIRST, a.runStartedOn());
        assertTrue(a.days().get(15).prolonged());
        assertFalse(a.days().get(14).prolonged());
        assertEquals(16, a.longestRun());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void rules43_1_bAnd44_15ConsecutiveSolitaryDaysAreNotProlonged(String profile) {
        List<Entry> entries = days(15, "23");
        Assessment a = SolitaryRuns.assess(entries, standard(profile), dayAfter(entries));
        assertEquals(15, a.currentRun());
        assertFalse(a.prolonged());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void rule44_aDayBelow22HoursBreaksTheRun(String profile) {
        List<Entry> entries = new ArrayList<>(days(20, "22"));
        entries.set(10, new Entry(entries.get(10).date(), new BigDecimal("21")));
        Assessment a = SolitaryRuns.assess(entries, standard(profile), dayAfter(entries));
        assertEquals(9, a.currentRun());
        assertFalse(a.prolonged());
        assertEquals(10, a.longestRun());
        assertEquals(0, a.days().get(10).consecutiveDays());
        assertFalse(a.days().get(10).solitary());
        assertEquals(1, a.days().get(11).consecutiveDays());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void aDayWithoutARecordBreaksTheRun(String profile) {
        List<Entry> entries = new ArrayList<>(days(20, "22"));
        entries.remove(7);
        Assessment a = SolitaryRuns.assess(entries, standard(profile), dayAfter(entries));
        assertEquals(12, a.currentRun());
        assertEquals(12, a.longestRun());
        assertFalse(a.prolonged());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void theCurrentRunEndsWithARecordOfTodayOrYesterday(String profile) {
        SolitaryStandard standard = standard(profile);
        List<Entry> entries = days(17, "22");
        LocalDate last = entries.get(16).date();
        assertTrue(SolitaryRuns.assess(entries, standard, last).prolonged());
        assertTrue(SolitaryRuns.assess(entries, standard, last.plusDays(1)).prolonged());
        Assessment stale = SolitaryRuns.assess(entries, standard, last.plusDays(2));
        assertEquals(0, stale.currentRun());
        assertFalse(stale.prolonged());
        assertNull(stale.runStartedOn());
        assertEquals(17, stale.longestRun());
        assertTrue(stale.days().get(16).prolonged(), "the past prolonged days stay visible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void onlyTheRecordThatTakesTheRunBeyondTheLimitMakesItProlonged(String profile) {
        SolitaryStandard standard = standard(profile);
        List<Entry> fifteen = days(15, "22");
        List<Entry> sixteen = days(16, "22");
        List<Entry> seventeen = days(17, "22");
        assertTrue(SolitaryRuns.makesProlonged(fifteen, sixteen, standard, FIRST.plusDays(15)));
        assertFalse(SolitaryRuns.makesProlonged(sixteen, seventeen, standard, FIRST.plusDays(16)));

        // a day filled in between two runs of 8 and 7 joins them into 16
        List<Entry> gap = new ArrayList<>(sixteen);
        gap.set(8, new Entry(FIRST.plusDays(8), new BigDecimal("3")));
        assertTrue(SolitaryRuns.makesProlonged(gap, sixteen, standard, FIRST.plusDays(8)));
        assertEquals(16, SolitaryRuns.runThrough(sixteen, standard, FIRST.plusDays(8)));
        assertEquals(FIRST, SolitaryRuns.runStart(sixteen, standard, FIRST.plusDays(8)));
        // correcting a day down breaks the run: nothing is prolonged by it
        assertFalse(SolitaryRuns.makesProlonged(sixteen, gap, standard, FIRST.plusDays(8)));
    }
}
