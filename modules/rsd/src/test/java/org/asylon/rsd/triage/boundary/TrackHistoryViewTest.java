package org.asylon.rsd.triage.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.application.boundary.ApplicationView;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.triage.entity.TrackHistory;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 3.5: an override's written reasons reach the file holders only, never the case
 * summary.
 */
class TrackHistoryViewTest {

    private static final String REASONS =
            "Apprehended at the crossing point with a smuggler [REASONS-2b9c]";

    @Test
    void anOverridesReasonsAreShownToHoldersAndWithheldFromEveryoneElse() {
        TrackHistory override =
                new TrackHistory(
                        "a-1",
                        "border",
                        "asylum.procedure.tracks",
                        null,
                        "border: override by officer",
                        REASONS,
                        List.of(),
                        "officer",
                        true,
                        Instant.EPOCH);
        assertEquals(REASONS, TrackHistoryView.of(override, true).reasons());
        assertFalse(TrackHistoryView.of(override, true).reasonsWithheld());
        assertNull(TrackHistoryView.of(override, false).reasons());
        assertTrue(TrackHistoryView.of(override, false).reasonsWithheld());

        TrackHistory byRule =
                new TrackHistory(
                        "a-1",
                        "regular",
                        "asylum.procedure.tracks",
                        null,
                        "the default track",
                        null,
                        List.of(),
                        "system",
                        false,
                        Instant.EPOCH);
        assertFalse(TrackHistoryView.of(byRule, false).reasonsWithheld(), "nothing to withhold");
    }

    @Test
    void theSummaryNeverCarriesAnOverridesReasons() {
        AsylumApplication a =
                new AsylumApplication(
                        null,
                        new Person(
                                "Tesfay",
                                "Selam",
                                null,
                                "1998",
                                "F",
                                List.of("ERI"),
                                List.of("tir")),
                        InterpreterNeeds.none(),
                        Instant.EPOCH,
                        MadeWhere.RSD_DESK,
                        "clerk",
                        Instant.EPOCH);
        a.assignTrack(
                new TrackAssignment(
                        "border", "asylum.procedure.tracks", null, REASONS, "officer", true));
        ApplicationView.Track track = ApplicationView.of(a).track();
        assertNull(track.reason());
        assertTrue(track.overridden());
        a.assignTrack(
                new TrackAssignment(
                        "regular",
                        "asylum.procedure.tracks",
                        null,
                        "the default track",
                        "system",
                        false));
        assertEquals(
                "the default track",
                ApplicationView.of(a).track().reason(),
                "a rule's explanation is no content");
    }
}
