package org.asylon.training.scoring;

import static org.junit.jupiter.api.Assertions.*;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.asylon.kernel.json.Jsons;
import org.junit.jupiter.api.Test;

/**
 * RSD's events carry no deadline: the registration limit (eu-pact-2026: 5 calendar days from the
 * application, APR Art 27(1)) is computed from {@code claim-pending.madeAt} and met by {@code
 * claim-registered.registeredAt}, as RSD's own deadline book does.
 */
class RsdDeadlinesTest {

    private static final String MADE = "2026-01-10T09:00:00Z";

    private static TrailEvent event(String fact, String field, String at) {
        JsonObject e =
                Jsons.object()
                        .add("type", "org.asylon.rsd." + fact + ".v1")
                        .add("subject", "applications/app-1")
                        .add("time", at)
                        .add(
                                "data",
                                Jsons.object()
                                        .add("applicationId", "app-1")
                                        .add("sourceArrivalId", "arr-1")
                                        .add(field, at))
                        .build();
        return TrailEvent.of("rsd", e);
    }

    private static List<RsdDeadlines.Missed> missedOn(String now, TrailEvent... events) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return new RsdDeadlines(BoatExercise.PROFILE, clock).missed(List.of(events));
    }

    @Test
    void aClaimLeftUnregisteredPastItsLimitMissedIt() {
        var missed = missedOn("2026-01-20T09:00:00Z", event("claim-pending", "madeAt", MADE));
        assertEquals(1, missed.size());
        assertEquals("asylum.registration.deadline", missed.get(0).rule());
        assertEquals("app-1", missed.get(0).applicationId());
        assertNull(missed.get(0).metAt());
    }

    @Test
    void aClaimRegisteredWithinItsLimitMissedNothingAndAnOpenLimitNotYetPassedIsNotMissed() {
        assertEquals(
                List.of(),
                missedOn(
                        "2026-01-20T09:00:00Z",
                        event("claim-pending", "madeAt", MADE),
                        event("claim-registered", "registeredAt", "2026-01-12T09:00:00Z")));
        assertEquals(
                List.of(),
                missedOn("2026-01-12T09:00:00Z", event("claim-pending", "madeAt", MADE)));
    }

    @Test
    void aClaimRegisteredLateMissedItsLimitEvenThoughItWasRegistered() {
        var missed =
                missedOn(
                        "2026-01-20T09:00:00Z",
                        event("claim-pending", "madeAt", MADE),
                        event("claim-registered", "registeredAt", "2026-01-18T09:00:00Z"));
        assertEquals(
                List.of("asylum.registration.deadline"),
                missed.stream().map(RsdDeadlines.Missed::rule).toList());
        assertNotNull(missed.get(0).metAt());
    }

    @Test
    void theScorerCountsAMissedLimitForTheTraineeTheApplicationWasSeededFor() {
        var trail =
                new ModuleTrail(
                        "rsd",
                        List.of(
                                Jsons.object()
                                        .add("type", "org.asylon.rsd.claim-pending.v1")
                                        .add("subject", "applications/app-1")
                                        .add("time", MADE)
                                        .add(
                                                "data",
                                                Jsons.object()
                                                        .add("applicationId", "app-1")
                                                        .add("madeAt", MADE))
                                        .build()),
                        List.of());
        var exercise =
                BoatExercise.exercise(
                        List.of(
                                BoatExercise.item(
                                        "k1",
                                        "A",
                                        "rsd.claim-registered",
                                        10,
                                        "deadlines",
                                        "asylum.registration.deadline",
                                        "Register the claim within five days.")));
        var withDeadline =
                new org.asylon.training.exercise.Exercise(
                        exercise.id(),
                        exercise.role(),
                        exercise.accountRoles(),
                        List.of("rsd"),
                        exercise.profile(),
                        exercise.alsoFor(),
                        exercise.cohortSeed(),
                        exercise.minutes(),
                        exercise.title(),
                        exercise.briefing(),
                        exercise.cast(),
                        exercise.setup(),
                        exercise.tasks(),
                        exercise.key(),
                        List.of(
                                BoatExercise.critical(
                                        "d1",
                                        "A",
                                        org.asylon.training.exercise.Exercise.CriticalKind
                                                .DEADLINE_MISSED,
                                        org.asylon.training.exercise.Exercise.CriticalError.When
                                                .PRESENT,
                                        "rsd.deadline-missed",
                                        "asylum.registration.deadline",
                                        "The claim was not registered within five days.")));
        Clock later = Clock.fixed(Instant.parse("2026-01-20T09:00:00Z"), ZoneOffset.UTC);
        var card =
                new Scorer(withDeadline, BoatExercise.cast(), BoatExercise.PROFILE, later)
                        .score(
                                List.of(trail),
                                List.of(
                                        new TraineeWork(
                                                "trainee.1.x",
                                                "X",
                                                "en",
                                                java.util.Map.of("app-1", "A"))))
                        .get(0);
        assertEquals(1, card.criticalErrors().size());
        Finding missed = card.criticalErrors().get(0);
        assertEquals("Asylum Procedure Regulation (EU) 2024/1348, Art 27(1)", missed.basis());
        assertTrue(missed.seen().contains("asylum.registration.deadline"), missed.seen());
    }
}
