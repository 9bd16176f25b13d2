package org.asylon.rsd.triage.control;

import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.asylon.rsd.triage.entity.TrackHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Triage against the real schema under the EU profile: on opening, on flag changes, by request and
 * override.
 */
class TriageDeskTest {

    private static final Instant MADE = Instant.parse("2026-07-01T09:00:00Z");
    private final RsdFixture world = RsdFixture.under("eu-pact-2026");

    @AfterEach
    void close() {
        world.close();
    }

    private void lowRate(String nationality) {
        world.run(
                b ->
                        b.countries.recordRate(
                                nationality,
                                null,
                                new BigDecimal("11.2"),
                                "2025",
                                "Eurostat migr_asydcfsta",
                                LocalDate.parse("2026-04-30"),
                                "rsd.supervisor"));
    }

    private TrackAssignment track(String id) {
        return world.tx(b -> b.find(id).track());
    }

    private long version(String id) {
        return world.tx(b -> b.find(id).version());
    }

    private String ifMatch(String id) {
        return "\"" + version(id) + "\"";
    }

    private List<JsonObject> trackEvents() {
        return world
                .db
                .readInTransaction(
                        em ->
                                em.createQuery(
                                                "SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                                                String.class)
                                        .setParameter("t", TriageEvents.TRACK_ASSIGNED)
                                        .getResultList())
                .stream()
                .map(s -> Json.createReader(new StringReader(s)).readObject())
                .toList();
    }

    @Test
    void openingAnApplicationTriagesItAndRecordsTheRuleAndGround() {
        lowRate("AFG");
        String id =
                world.open(
                        anApplication()
                                .assignedTo("officer")
                                .madeOn(MADE)
                                .madeAtTheBorder()
                                .fromNationality("AFG"));
        TrackAssignment t = track(id);
        assertEquals("border", t.track());
        assertEquals(TriageRules.BORDER_GROUNDS, t.rule());
        assertEquals("recognition-rate", t.ground());
        assertEquals(TriageDesk.SYSTEM, t.setBy());
        assertFalse(t.overridden());
        JsonObject event = trackEvents().get(0);
        assertEquals("border", event.getString("track"));
        assertEquals("recognition-rate", event.getString("ground"));
        assertEquals(TriageRules.BORDER_GROUNDS, event.getString("rule"));
        assertFalse(event.getBoolean("overridden"));
        assertTrue(
                event.getBoolean("claimPending"), "the claim state travels with every RSD event");
        assertEquals(1, world.count("SELECT COUNT(h) FROM TrackHistory h"));
    }

    @Test
    void anOverrideIntoAnExcludedTrackIsRefusedWithTheRuleAndBasis() {
        String id =
                world.open(
                        anApplication()
                                .assignedTo("officer")
                                .madeOn(MADE)
                                .madeAtTheBorder()
                                .fromNationality("SYR")
                                .unaccompaniedChild());
        assertEquals("regular", track(id).track());
        String etag = ifMatch(id);
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                world.run(
                                        b ->
                                                b.triage.override(
                                                        id,
                                                        etag,
                                                        "border",
                                                        null,
                                                        "border location has a child-friendly space",
                                                        Staff.caller("officer"))));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(TriageRules.UAC_EXCLUDED, refused.extensions().get("rule"));
        assertTrue(((String) refused.extensions().get("legalBasis")).contains("Art 53"));
        assertEquals("regular", track(id).track(), "nothing changed");
        assertEquals(1, trackEvents().size());
    }

    @Test
    void anOverrideNeedsReasonsAndIsRecordedAuditedAndPublishedWithoutThem() {
        String id =
                world.open(
                        anApplication()
                                .assignedTo("officer")
                                .madeOn(MADE)
                                .madeAt(MadeWhere.RECEPTION)
                                .fromNationality("SYR"));
        ProblemException noReasons =
                assertThrows(
                        ProblemException.class,
                        () ->
                                world.run(
                                        b ->
                                                b.triage.override(
                                                        id,
                                                        ifMatch(id),
                                                        "accelerated",
                                                        null,
                                                        " ",
                                                        Staff.caller("officer"))));
        assertEquals("reasons", noReasons.fieldErrors().get(0).field());
        ProblemException unknownTrack =
                assertThrows(
                        ProblemException.class,
                        () ->
                                world.run(
                                        b ->
                                                b.triage.override(
                                                        id,
                                                        ifMatch(id),
                                                        "simplified",
                                                        null,
                                                        "r",
                                                        Staff.caller("officer"))));
        assertEquals("track", unknownTrack.fieldErrors().get(0).field());

        String reasons = "Applicant's statements at registration show a clear case; expedite";
        world.run(
                b ->
                        b.triage.override(
                                id,
                                ifMatch(id),
                                "prioritised",
                                "likely-well-founded",
                                reasons,
                                Staff.caller("officer")));
        TrackAssignment t = track(id);
        assertEquals("prioritised", t.track());
        assertTrue(t.overridden());
        assertEquals("asylum.prioritised.grounds", t.rule());
        assertEquals(reasons, t.reason());
        List<TrackHistory> history = world.tx(b -> b.triage.history(id));
        assertEquals(2, history.size());
        assertEquals(reasons, history.get(1).reason());
        assertEquals("officer", history.get(1).setBy());
        assertEquals(
                1,
                world.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'application.track-overridden'"));
        JsonObject event = trackEvents().get(1);
        assertTrue(event.getBoolean("overridden"));
        assertEquals("regular", event.getString("previousTrack"));
        assertFalse(event.toString().contains("expedite"), "no reasons on the feed: " + event);
    }

    @Test
    void anOverrideNeedsTheVersionTheOfficerRead() {
        String id =
                world.open(
                        anApplication()
                                .assignedTo("officer")
                                .madeOn(MADE)
                                .madeAt(MadeWhere.RECEPTION)
                                .fromNationality("SYR"));
        ProblemException stale =
                assertThrows(
                        ProblemException.class,
                        () ->
                                world.run(
                                        b ->
                                                b.triage.override(
                                                        id,
                                                        "\"99\"",
                                                        "accelerated",
                                                        null,
                                                        "r",
                                                        Staff.caller("officer"))));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
    }

    @Test
    void anUnaccompaniedChildFoundLaterIsMovedOutOfTheBorderProcedureEvenAfterAnOverride() {
        lowRate("AFG");
        String id =
                world.open(
                        anApplication()
                                .assignedTo("officer")
                                .madeOn(MADE)
                                .madeAtTheBorder()
                                .fromNationality("AFG"));
        assertEquals("border", track(id).track());
        world.run(
                b -> {
                    AsylumApplication a = b.find(id);
                    a.noteVulnerabilities(List.of("UNACCOMPANIED_OR_SEPARATED_CHILD"), true);
                    b.flagsChanged(a);
                });
        TrackAssignment t = track(id);
        assertEquals("accelerated", t.track(), t.reason());
        assertEquals("recognition-rate", t.ground());
    }

    @Test
    void anOverrideStandsWhenFlagsChangeUnlessTheTrackBecomesExcluded() {
        String id =
                world.open(
                        anApplication()
                                .assignedTo("officer")
                                .madeOn(MADE)
                                .madeAtTheBorder()
                                .fromNationality("SYR"));
        world.run(
                b ->
                        b.triage.override(
                                id,
                                ifMatch(id),
                                "border",
                                "mandatory-cases",
                                "Art 45 case",
                                Staff.caller("officer")));
        world.run(
                b -> {
                    AsylumApplication a = b.find(id);
                    a.noteVulnerabilities(List.of("SURVIVOR_OF_TORTURE"), false);
                    b.flagsChanged(a);
                });
        assertEquals(
                "border",
                track(id).track(),
                "a change that does not exclude the track leaves the override");
        world.run(
                b -> {
                    AsylumApplication a = b.find(id);
                    a.markSpecialProceduralNeeds(true);
                    b.flagsChanged(a);
                });
        TrackAssignment t = track(id);
        assertEquals("regular", t.track());
        assertFalse(t.overridden());
    }

    @Test
    void triageAgainWithOfficerIndicatedGrounds() {
        String id =
                world.open(
                        anApplication()
                                .assignedTo("officer")
                                .madeOn(MADE)
                                .madeAt(MadeWhere.RECEPTION)
                                .fromNationality("SYR"));
        world.run(
                b ->
                        b.triage.triage(
                                id, ifMatch(id), List.of("other-art-42"), Staff.caller("officer")));
        TrackAssignment t = track(id);
        assertEquals("accelerated", t.track());
        assertEquals("officer", t.setBy());
        assertEquals(
                List.of("other-art-42"),
                world.tx(b -> b.triage.history(id)).get(1).officerGrounds());
        ProblemException unknown =
                assertThrows(
                        ProblemException.class,
                        () ->
                                world.run(
                                        b ->
                                                b.triage.triage(
                                                        id,
                                                        ifMatch(id),
                                                        List.of("specific-needs"),
                                                        Staff.caller("officer"))));
        assertEquals("grounds[0]", unknown.fieldErrors().get(0).field());
    }

    @Test
    void recognitionRatesAreKeptWithSourceAndDateAndChangedOnlyWithIfMatch() {
        lowRate("AFG");
        ProblemException noMatch = assertThrows(ProblemException.class, () -> lowRate("AFG"));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, noMatch.type());
        ProblemException badCode =
                assertThrows(ProblemException.class, () -> lowRate("afghanistan"));
        assertEquals("nationality", badCode.fieldErrors().get(0).field());
        var rate = world.tx(b -> b.countries.rates()).get(0);
        assertEquals("Eurostat migr_asydcfsta", rate.source());
        assertEquals(LocalDate.parse("2026-04-30"), rate.asOf());
        assertNull(world.tx(b -> b.countries.safeCountries()).stream().findFirst().orElse(null));
    }
}
