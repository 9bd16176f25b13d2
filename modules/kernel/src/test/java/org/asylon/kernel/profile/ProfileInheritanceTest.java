package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * extends: key-by-key overrides, whole-rule overrides, several levels, and the external directory.
 */
class ProfileInheritanceTest {

    private final ProfileLoader loader = new ProfileLoader();

    @Test
    void childOverridesSingleKeysAndKeepsTheRest() {
        LegalProfile child = loader.load("test-child");
        assertEquals(List.of("test-child", "eu-pact-2026"), child.lineage());
        assertEquals("eu-pact-2026", child.parent().orElseThrow());
        Rule screening = child.rule("entry.screening.deadline");
        assertEquals("P5D", screening.deadline().length().text());
        // inherited keys
        assertEquals("Screening Regulation (EU) 2024/1356, Art 8(3)", screening.basis());
        assertEquals(LegalStatus.CONFIRMED, screening.status());
        assertEquals(3, screening.deadline().anchors().size());
        assertEquals("Test override of the duration only", screening.note().orElseThrow());
        assertEquals("test-child", screening.profile());
        assertEquals("test-child.profile", screening.definedIn().file());
        // untouched rules come from the parent file
        Rule registration = child.rule("asylum.registration.deadline");
        assertEquals("eu-pact-2026", registration.profile());
        assertEquals(19, child.integer("entry.child.age-of-majority"));
        // the [profile] section is not inherited
        assertTrue(child.appliesFrom().isEmpty());
        assertEquals("Europe/Brussels", child.calendar().zone().getId());
    }

    @Test
    void overrideWholeDiscardsTheParentsKeys() {
        List<ListItem> grounds = loader.load("test-child").list("entry.refusal.grounds");
        assertEquals(1, grounds.size());
        assertEquals("Test national law, Art 1(a)", grounds.get(0).basis());
        assertEquals(
                LegalStatus.NATIONAL_CHOICE,
                loader.load("test-child").rule("entry.refusal.grounds").status());
    }

    @Test
    void grandchildMergesOverTwoLevels() {
        LegalProfile g = loader.load("test-grandchild");
        assertEquals(List.of("test-grandchild", "test-child", "eu-pact-2026"), g.lineage());
        Rule screening = g.rule("entry.screening.deadline");
        assertEquals("P5D", screening.deadline().length().text());
        assertEquals(LegalStatus.NATIONAL_CHOICE, screening.status());
        List<ListItem> grounds = g.list("entry.refusal.grounds");
        assertEquals(
                List.of("no-valid-travel-document", "entry-ban"),
                grounds.stream().map(ListItem::code).toList());
        assertEquals(LegalStatus.UNCONFIRMED, grounds.get(0).status());
        assertEquals("No valid travel document", grounds.get(0).label());
    }

    @Test
    void calendarKeysAreInheritedOneByOne() {
        LegalProfile roll = loader.load("test-roll");
        assertTrue(roll.calendar().rollForward());
        assertEquals(
                "Christmas Day", roll.calendar().holiday(LocalDate.of(2026, 12, 25)).orElseThrow());
        assertEquals(
                "New Year's Day", roll.calendar().holiday(LocalDate.of(2027, 1, 1)).orElseThrow());
        assertEquals(LegalStatus.UNCONFIRMED, roll.calendar().setting("first-day").status());
        assertEquals(LegalStatus.NATIONAL_CHOICE, roll.calendar().setting("roll-forward").status());
    }

    @Test
    void externalDirectoryAddsAStateProfileAndMayExtendAShippedOne(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("my-state.profile"),
                """
                [profile]
                name = my-state
                title = A Member State
                extends = eu-pact-2026

                [calendar]
                zone = Europe/Lisbon
                holidays = 2026-12-25 Natal

                [rule entry.child.age-of-majority]
                basis = Civil Code, Art 122 (example)
                status = confirmed
                """);
        LegalProfile mine = new ProfileLoader(dir).load("my-state");
        assertEquals("Europe/Lisbon", mine.calendar().zone().getId());
        assertEquals("my-state.profile", mine.calendar().setting("zone").definedIn().file());
        assertEquals(LegalStatus.CONFIRMED, mine.rule("entry.child.age-of-majority").status());
        assertEquals(18, mine.integer("entry.child.age-of-majority"));
    }

    @Test
    void externalDirectoryWinsOverTheClassPath(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("test-roll.profile"),
                """
                [profile]
                name = test-roll
                title = Replaced by the state
                extends = test-calendar
                """);
        LegalProfile p = new ProfileLoader(dir).load("test-roll");
        assertEquals("Replaced by the state", p.title());
        assertEquals(false, p.calendar().rollForward());
    }
}
