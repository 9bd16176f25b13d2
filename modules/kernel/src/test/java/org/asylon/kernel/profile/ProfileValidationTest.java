package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every load-time error names the file, the line and the rule or section; nothing falls back to a
 * default.
 */
class ProfileValidationTest {

    @TempDir Path dir;

    /** Lines 1-4; a test appends its sections from line 5 on. */
    private static final String HEAD =
            """
            [profile]
            name = bad
            title = Broken on purpose
            extends = eu-pact-2026
            """;

    private String error(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name + ".profile"), text);
        return assertThrows(ProfileException.class, () -> new ProfileLoader(dir).load(name))
                .getMessage();
    }

    private String error(String body) throws IOException {
        return error("bad", HEAD + body);
    }

    @Test
    void unknownAnchor() throws IOException {
        String msg =
                error(
                        """
                [rule entry.screening.deadline]
                anchor = entry.aprehension
                """);
        assertEquals(
                "bad.profile line 6, rule entry.screening.deadline: unknown anchor 'entry.aprehension' "
                        + "(not in anchors.catalogue)",
                msg);
    }

    @Test
    void badDuration() throws IOException {
        String msg =
                error(
                        """
                [rule entry.screening.deadline]
                # a comment line counts too
                duration = 7 days
                """);
        assertTrue(
                msg.startsWith(
                        "bad.profile line 7, rule entry.screening.deadline: bad duration '7 days'"),
                msg);
    }

    @Test
    void workingDaysNeedADayCount() throws IOException {
        String msg =
                error(
                        """
                [rule asylum.border-procedure.deadline]
                counting = working
                """);
        assertEquals(
                "bad.profile line 6, rule asylum.border-procedure.deadline: working-day counting needs a number "
                        + "of days (PnD), but duration is 'P12W' (eu-pact-2026.profile line "
                        + lineOfBorderDuration()
                        + ")",
                msg);
    }

    /**
     * The line of the border-procedure duration in the shipped EU profile, so the test survives
     * edits to it.
     */
    private static int lineOfBorderDuration() throws IOException {
        try (var in =
                ProfileValidationTest.class
                        .getClassLoader()
                        .getResourceAsStream("asylon/profiles/eu-pact-2026.profile")) {
            List<String> lines =
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .lines()
                            .toList();
            int section = lines.indexOf("[rule asylum.border-procedure.deadline]");
            for (int i = section; i < lines.size(); i++) {
                if (lines.get(i).startsWith("duration =")) {
                    return i + 1;
                }
            }
            throw new AssertionError("no duration in the border-procedure rule");
        }
    }

    @Test
    void unknownKey() throws IOException {
        String msg =
                error(
                        """
                [rule entry.biometrics.minimum-age]
                value = 6
                minimum = 6
                """);
        assertTrue(
                msg.startsWith(
                        "bad.profile line 7, rule entry.biometrics.minimum-age: unknown key 'minimum' for a "
                                + "number rule"),
                msg);
    }

    @Test
    void unknownKindAndCatalogueMismatch() throws IOException {
        String msg =
                error(
                        """
                [rule local.extra]
                kind = period
                basis = x
                status = confirmed
                """);
        assertTrue(
                msg.startsWith("bad.profile line 6, rule local.extra: unknown kind 'period'"), msg);
        msg =
                error(
                        """
                [rule entry.child.age-of-majority]
                override = whole
                kind = text
                value = eighteen
                basis = x
                status = confirmed
                """);
        assertEquals(
                "bad.profile line 7, rule entry.child.age-of-majority: kind 'text' but rules.catalogue declares "
                        + "'number'",
                msg);
    }

    @Test
    void unknownRuleName() throws IOException {
        String msg =
                error(
                        """
                [rule entry.screening.dealine]
                duration = P7D
                """);
        assertTrue(
                msg.startsWith(
                        "bad.profile line 5, rule entry.screening.dealine: unknown rule: not in rules.catalogue"),
                msg);
    }

    @Test
    void badDates() throws IOException {
        String msg =
                error(
                        """
                [calendar]
                holidays = 2026-12-25 Christmas Day, 2026-13-01 Nonsense
                """);
        assertEquals(
                "bad.profile line 6, section [calendar]: bad date '2026-13-01' (YYYY-MM-DD expected)",
                msg);
        msg =
                error(
                        "bad",
                        """
                [profile]
                name = bad
                title = Broken
                applies-from = 12/06/2026
                extends = eu-pact-2026
                """);
        assertEquals(
                "bad.profile line 4, section [profile]: bad date '12/06/2026' (YYYY-MM-DD expected)",
                msg);
    }

    @Test
    void badStatusAndMissingBasis() throws IOException {
        String msg =
                error(
                        """
                [rule entry.screening.applies]
                status = verified
                """);
        assertTrue(
                msg.startsWith(
                        "bad.profile line 6, rule entry.screening.applies: unknown status 'verified' (one of "
                                + "confirmed, secondary, unconfirmed, national-choice)"),
                msg);
        msg =
                error(
                        """
                [rule local.no-basis]
                kind = flag
                value = true
                status = confirmed
                """);
        assertEquals("bad.profile line 5, rule local.no-basis: missing key 'basis'", msg);
    }

    @Test
    void choiceOutsideItsOptions() throws IOException {
        String msg =
                error(
                        """
                [rule entry.protection-request.referral]
                value = the-police
                """);
        assertTrue(
                msg.startsWith(
                        "bad.profile line 6, rule entry.protection-request.referral: value 'the-police' is "
                                + "not one of the options"),
                msg);
    }

    @Test
    void listItemWithoutStatus() throws IOException {
        String msg =
                error(
                        """
                [rule entry.refusal.grounds]
                item.forged-document.label = Forged document
                item.forged-document.basis = Law X, Art 1
                """);
        assertEquals(
                "bad.profile line 6, rule entry.refusal.grounds, item forged-document: missing status",
                msg);
    }

    @Test
    void unknownParentAndCycle() throws IOException {
        String msg =
                error(
                        "bad",
                        """
                [profile]
                name = bad
                title = Broken
                extends = eu-pact-2062
                """);
        assertTrue(
                msg.startsWith(
                        "bad.profile line 4, section [profile]: unknown parent profile 'eu-pact-2062'"),
                msg);
        Files.writeString(
                dir.resolve("loop-b.profile"),
                """
                [profile]
                name = loop-b
                title = B
                # B extends A
                extends = loop-a
                """);
        msg =
                error(
                        "loop-a",
                        """
                [profile]
                name = loop-a
                title = A
                extends = loop-b
                """);
        assertEquals(
                "loop-b.profile line 5, section [profile]: inheritance cycle: loop-a → loop-b → loop-a",
                msg);
    }

    @Test
    void missingRequiredRule() throws IOException {
        String msg =
                error(
                        "alone",
                        """
                [profile]
                name = alone
                title = A profile without parent that forgot most rules

                [calendar]
                zone = UTC
                zone.status = national-choice
                weekend = SATURDAY, SUNDAY
                weekend.status = national-choice
                holidays =
                holidays.status = national-choice
                first-day = next-day
                first-day.status = national-choice
                roll-forward = false
                roll-forward.status = national-choice
                """);
        assertTrue(
                msg.startsWith(
                        "alone.profile line 1, rule entry.screening.applies: required rule missing (a flag "
                                + "used by module entry"),
                msg);
    }

    @Test
    void missingCalendarStatus() throws IOException {
        String msg =
                error(
                        "alone",
                        """
                [profile]
                name = alone
                title = Calendar without status

                [calendar]
                zone = UTC
                """);
        assertEquals("alone.profile line 5, section [calendar]: missing key 'zone.status'", msg);
    }

    @Test
    void syntaxErrors() throws IOException {
        assertEquals(
                "bad.profile line 7, rule entry.screening.applies: key 'value' given twice (first at line 6)",
                error(
                        """
                        [rule entry.screening.applies]
                        value = true
                        value = false
                        """));
        assertEquals(
                "bad.profile line 6, rule entry.screening.applies: expected 'key = value', '[section]' or "
                        + "'# comment', found 'value true'",
                error(
                        """
                        [rule entry.screening.applies]
                        value true
                        """));
        assertTrue(
                error(
                                """
                [rules entry.x]
                """)
                        .startsWith(
                                "bad.profile line 5, section [rules entry.x]: unknown section"));
        assertEquals(
                "bad.profile line 2, section [profile]: name 'good' does not match the file name 'bad.profile'",
                error(
                        "bad",
                        """
                        [profile]
                        name = good
                        title = x
                        """));
    }

    @Test
    void cataloguesAreValidatedToo() {
        String msg =
                assertThrows(
                                ProfileException.class,
                                () ->
                                        Catalogues.parse(
                                                List.of(
                                                        "entry.apprehension | apprehension | Apprehension"),
                                                List.of(
                                                        "# header",
                                                        "entry.x | deadline | entry | required | ok",
                                                        "entry.y | period | entry | required | bad")))
                        .getMessage();
        assertEquals(
                "rules.catalogue line 3, rule entry.y: unknown kind 'period' (one of deadline, flag, number, text, "
                        + "choice, list)",
                msg);
        msg =
                assertThrows(
                                ProfileException.class,
                                () ->
                                        Catalogues.parse(
                                                List.of("entry.apprehension | apprehension"),
                                                List.of()))
                        .getMessage();
        assertTrue(msg.startsWith("anchors.catalogue line 1, line: expected 3 fields"), msg);
        msg =
                assertThrows(
                                ProfileException.class,
                                () ->
                                        Catalogues.parse(
                                                List.of("a.b | x | y", "a.b | x | y"), List.of()))
                        .getMessage();
        assertEquals("anchors.catalogue line 2, anchor a.b: anchor listed twice", msg);
        msg =
                assertThrows(
                                ProfileException.class,
                                () ->
                                        Catalogues.parse(
                                                List.of("a.b | x | y"),
                                                List.of(
                                                        "entry.x | flag | enrty | required | typo in module")))
                        .getMessage();
        assertTrue(
                msg.startsWith("rules.catalogue line 1, rule entry.x: unknown module 'enrty'"),
                msg);
    }
}
