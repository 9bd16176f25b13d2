package org.asylon.rsd.decision.control;

import static org.asylon.rsd.decision.control.AppealWindows.APPEAL;
import static org.asylon.rsd.decision.control.AppealWindows.APPEAL_ACCELERATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.rsd.application.entity.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which appeal window a decision opens: the profile's lists of tracks and outcomes, nothing in
 * code.
 */
class AppealWindowsTest {

    private static final ProfileLoader PROFILES = new ProfileLoader();
    private static final List<String> REFERENCE_PROFILES =
            List.of(
                    "convention-1951",
                    "oau-1969",
                    "cartagena-1984",
                    "eu-pact-2026",
                    "non-convention-mandate");

    private static AppealWindows windows(String profile) {
        return new AppealWindows(PROFILES.load(profile));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"regular", "prioritised"})
    void theRegularAppealWindowForARegularDecision(String track) {
        assertEquals(APPEAL, windows("eu-pact-2026").rule(track, Outcome.REJECTED));
    }

    @Test
    void theShortAppealWindowForInadmissibilityImplicitWithdrawalAcceleratedAndBorderDecisions() {
        AppealWindows eu = windows("eu-pact-2026");
        assertEquals(APPEAL_ACCELERATED, eu.rule((String) null, Outcome.INADMISSIBLE));
        assertEquals(APPEAL_ACCELERATED, eu.rule("regular", Outcome.IMPLICITLY_WITHDRAWN));
        assertEquals(APPEAL_ACCELERATED, eu.rule("accelerated", Outcome.MANIFESTLY_UNFOUNDED));
        assertEquals(APPEAL_ACCELERATED, eu.rule("border", Outcome.REJECTED));
        assertEquals(
                APPEAL_ACCELERATED,
                eu.rule("border", null),
                "before a decision: the window the track will open");
        assertEquals(
                APPEAL_ACCELERATED,
                windows("non-convention-mandate").rule("accelerated", Outcome.REJECTED));
    }

    @Test
    void underUnhcrsMandateTheOutcomeAloneNeverShortensTheWindow() {
        assertEquals(
                APPEAL,
                windows("non-convention-mandate").rule("regular", Outcome.IMPLICITLY_WITHDRAWN));
        assertEquals(
                APPEAL_ACCELERATED,
                windows("convention-1951").rule("regular", Outcome.IMPLICITLY_WITHDRAWN),
                "the Convention model follows APR Art 67(7)");
        assertEquals(
                APPEAL_ACCELERATED,
                windows("oau-1969").rule("accelerated", Outcome.REJECTED),
                "inherited");
    }

    @Test
    void aStateDecidesWhichTracksHaveTheShortWindow(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("short-priority.profile"),
                """
                [profile]
                name = short-priority
                title = A Member State whose prioritised decisions are appealed within the shorter window
                extends = eu-pact-2026

                [rule asylum.appeal.accelerated.tracks]
                override = whole
                kind = list
                basis = Test national law, Art 9
                status = national-choice
                item.prioritised.label = Decisions in the prioritised procedure
                item.prioritised.basis = Test national law, Art 9(1)
                item.prioritised.status = national-choice
                """);
        AppealWindows state = new AppealWindows(new ProfileLoader(dir).load("short-priority"));
        assertEquals(APPEAL_ACCELERATED, state.rule("prioritised", Outcome.REJECTED));
        assertEquals(
                APPEAL, state.rule("border", Outcome.REJECTED), "a track the state does not list");
        assertEquals(
                APPEAL_ACCELERATED,
                state.rule("border", Outcome.INADMISSIBLE),
                "the outcomes are inherited");
    }

    @Test
    void theReferenceProfilesListOnlyTheirOwnTracksAndOutcomesTheModuleKnows() {
        Set<String> outcomes =
                Arrays.stream(Outcome.values())
                        .map(AppealWindows::code)
                        .collect(Collectors.toSet());
        assertTrue(
                outcomes.containsAll(List.of("inadmissible", "implicitly-withdrawn")),
                outcomes.toString());
        for (String name : REFERENCE_PROFILES) {
            LegalProfile profile = PROFILES.load(name);
            List<String> tracks = codes(profile, "asylum.procedure.tracks");
            assertTrue(tracks.containsAll(codes(profile, AppealWindows.ACCELERATED_TRACKS)), name);
            assertTrue(
                    outcomes.containsAll(codes(profile, AppealWindows.ACCELERATED_OUTCOMES)), name);
        }
        assertFalse(
                codes(PROFILES.load("eu-pact-2026"), AppealWindows.ACCELERATED_TRACKS)
                        .contains("regular"));
    }

    private static List<String> codes(LegalProfile profile, String rule) {
        return profile.has(rule)
                ? profile.list(rule).stream().map(ListItem::code).toList()
                : List.of();
    }
}
