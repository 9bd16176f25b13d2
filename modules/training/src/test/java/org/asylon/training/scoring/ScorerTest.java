package org.asylon.training.scoring;

import static org.asylon.training.scoring.BoatExercise.*;
import static org.junit.jupiter.api.Assertions.*;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.exercise.Exercise.CriticalKind;
import org.junit.jupiter.api.Test;

/**
 * The scorer reads entry's real event and audit shapes (src/test/resources/scoring/): the trainee
 * who follows the law gets every point, the one who refuses the person who asked and hands the
 * child to detention gets the critical errors with rule and basis, the one who did nothing gets
 * nothing, and the runner's own records count for nobody.
 */
class ScorerTest {

    private static final Clock AFTER =
            Clock.fixed(Instant.parse("2026-01-16T12:00:00Z"), ZoneOffset.UTC);

    private final Scorer scorer = new Scorer(exercise(), cast(), PROFILE, AFTER);

    private Scorecard card(String account) {
        return scorer.score(List.of(entryTrail()), trainees()).stream()
                .filter(c -> c.account().equals(account))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTraineeWhoFollowsTheLawGetsEveryPointAndNoCriticalError() {
        Scorecard lawful = card(LAWFUL);

        assertEquals(50, lawful.possible());
        assertEquals(50, lawful.earned(), () -> "lost: " + lawful.lost());
        assertEquals(50, lawful.score());
        assertEquals(List.of(), lawful.criticalErrors());
        assertEquals(List.of(), lawful.lost());
        assertEquals(
                List.of(
                        new CompetenceScore("protection", 20, 20),
                        new CompetenceScore("child", 25, 25),
                        new CompetenceScore("registration", 5, 5)),
                lawful.competences());
        assertEquals(List.of(), lawful.notes(), "reading the other trainee's record is not acting");
    }

    @Test
    void refusingThePersonWhoAskedAndDetainingTheChildAreCriticalErrorsWithRuleAndBasis() {
        Scorecard wrong = card(WRONG);

        assertEquals(
                List.of(
                        CriticalKind.REFOULEMENT,
                        CriticalKind.PROTECTION_REQUEST_REFUSED,
                        CriticalKind.CHILD_DETAINED),
                wrong.criticalErrors().stream().map(Finding::kind).toList());
        Finding refoulement = wrong.criticalErrors().get(0);
        assertEquals("A", refoulement.persona());
        assertEquals("Mohammed Yusuf Haddad", refoulement.personaName());
        assertEquals("entry.non-refoulement", refoulement.rule());
        assertEquals(
                "Convention relating to the Status of Refugees (1951), Art 33",
                refoulement.basis());
        assertTrue(refoulement.seen().contains("enc-w-A"), refoulement.seen());
        assertTrue(refoulement.explanation().in("en").contains("refoulement"));
        Finding detained = wrong.criticalErrors().get(2);
        assertEquals("Reception Conditions Directive (EU) 2024/1346, Art 13(2)", detained.basis());
        assertNull(wrong.criticalErrors().get(1).seen(), "an absence is seen nowhere");
        assertEquals(150, wrong.penalties());
        assertEquals(5, wrong.earned(), "only C's registration");
        assertEquals(0, wrong.score());
        assertEquals(
                List.of("k1", "k2", "k3", "k4", "k5"),
                wrong.lost().stream().map(Finding::itemId).toList());
        Finding lost = wrong.lost().get(0);
        assertEquals(
                "Asylum Procedure Regulation (EU) 2024/1348, Arts 27-28 (the Member State"
                        + " registers and lodges the application)",
                lost.basis());
    }

    @Test
    void aTraineeWhoDidNothingEarnsNothingAndEveryAbsentCriticalErrorApplies() {
        Scorecard idle = card(IDLE);

        assertEquals(0, idle.earned());
        assertEquals(
                List.of(CriticalKind.PROTECTION_REQUEST_REFUSED),
                idle.criticalErrors().stream().map(Finding::kind).toList(),
                "the runner registered the seeded copy: its facts are not the trainee's work");
    }

    @Test
    void theRunnersOwnRecordsCountForNobody() {
        // enc-runner-A fits persona A and has every observation the key wants for A; nobody touched
        // it
        Scorecard wrong = card(WRONG);
        assertTrue(wrong.lost().stream().anyMatch(f -> f.itemId().equals("k1")));
        assertTrue(card(IDLE).lost().stream().anyMatch(f -> f.itemId().equals("k2")));
    }

    /** One more change on entry's trail: its event and the audit record of who made it. */
    private List<Scorecard> withChange(
            String actor, String record, String fact, String at, JsonObject data) {
        List<JsonObject> events = new java.util.ArrayList<>(entryTrail().events());
        events.add(
                Jsons.object()
                        .add("id", "ev-extra")
                        .add("source", "/entry")
                        .add("type", "org.asylon.entry." + fact + ".v1")
                        .add("subject", "encounters/" + record)
                        .add("time", at)
                        .add("sequence", "900")
                        .add("data", data)
                        .build());
        List<JsonObject> audit = new java.util.ArrayList<>(entryTrail().audit());
        audit.add(
                Jsons.object()
                        .add("sequence", 900)
                        .add("recordedAt", at)
                        .add("actor", actor)
                        .add("action", "encounter." + fact)
                        .add("recordType", "encounter")
                        .add("recordId", record)
                        .add("details", "")
                        .build());
        return scorer.score(List.of(new ModuleTrail("entry", events, audit)), trainees());
    }

    private static Scorecard of(List<Scorecard> cards, String account) {
        return cards.stream().filter(c -> c.account().equals(account)).findFirst().orElseThrow();
    }

    @Test
    void aStepTheSetupTookOnTheTraineesRecordIsNotMissingThoughItEarnsNothing() {
        // the setup recorded A's request on the trainee's seeded copy
        Scorecard idle =
                of(
                        withChange(
                                "training.runner",
                                "enc-idle-A",
                                "protection-requested",
                                "2026-01-15T09:07:00.000Z",
                                Jsons.object()
                                        .add("encounterId", "enc-idle-A")
                                        .add("protectionRequested", true)
                                        .build()),
                        IDLE);

        assertEquals(List.of(), idle.criticalErrors(), "the request is on the trainee's record");
        assertTrue(idle.lost().stream().anyMatch(f -> f.itemId().equals("k1")), "no points");
    }

    @Test
    void whatAnotherAccountDidOnATraineesRecordCountsForNobodyAndTheCardSaysSo() {
        // a demo user recorded the request the trainee never recorded
        Scorecard wrong =
                of(
                        withChange(
                                "border.officer",
                                "enc-w-A",
                                "protection-requested",
                                "2026-01-15T09:07:00.000Z",
                                Jsons.object()
                                        .add("encounterId", "enc-w-A")
                                        .add("protectionRequested", true)
                                        .build()),
                        WRONG);

        assertTrue(wrong.lost().stream().anyMatch(f -> f.itemId().equals("k1")), "no points");
        assertTrue(
                wrong.notes().stream()
                        .anyMatch(n -> n.contains("enc-w-A") && n.contains("border.officer")),
                wrong.notes().toString());
    }

    @Test
    void twoTraineesWhoActOnOneRecordBothGetItAndTheScorecardsSaySo() {
        JsonObject shared =
                Jsons.object()
                        .add("sequence", 999)
                        .add("recordedAt", "2026-01-15T10:00:00Z")
                        .add("actor", WRONG)
                        .add("action", "encounter.specific-need-noted")
                        .add("recordType", "encounter")
                        .add("recordId", "enc-l-B")
                        .add("details", "SC-UC")
                        .build();
        List<JsonObject> audit = new java.util.ArrayList<>(entryTrail().audit());
        audit.add(shared);
        List<Scorecard> cards =
                scorer.score(
                        List.of(new ModuleTrail("entry", entryTrail().events(), audit)),
                        trainees());
        for (Scorecard c : cards.subList(0, 2)) {
            assertTrue(
                    c.notes().stream()
                            .anyMatch(
                                    n ->
                                            n.contains("enc-l-B")
                                                    && n.contains(LAWFUL)
                                                    && n.contains(WRONG)),
                    c.account() + ": " + c.notes());
        }
        assertTrue(cards.get(2).notes().isEmpty());
    }

    @Test
    void theSameTrailsGiveTheSameCards() {
        List<Scorecard> first = scorer.score(List.of(entryTrail()), trainees());
        List<Scorecard> second =
                new Scorer(exercise(), cast(), PROFILE, AFTER)
                        .score(List.of(entryTrail()), trainees());
        assertEquals(first, second);
    }

    @Test
    void aClosedRunKeepsTheCardsItShowedReadBackUnchanged() {
        List<Scorecard> cards = scorer.score(List.of(entryTrail()), trainees());
        assertEquals(cards, ScorecardJson.read(ScorecardJson.write(cards)));
    }

    @Test
    void aRecordThatFitsNoPersonaIsNamedInANote() {
        JsonObject stranger =
                Jsons.object()
                        .add("type", "org.asylon.entry.encounter-registered.v1")
                        .add("subject", "encounters/enc-l-X")
                        .add("time", "2026-01-15T11:00:00Z")
                        .add("sequence", 500)
                        .add(
                                "data",
                                Jsons.object()
                                        .add("encounterId", "enc-l-X")
                                        .add(
                                                "person",
                                                Jsons.object()
                                                        .add("statedSurname", "Novak")
                                                        .add("statedGivenNames", "Petra")))
                        .build();
        JsonObject registered =
                Jsons.object()
                        .add("recordedAt", "2026-01-15T11:00:00.002Z")
                        .add("actor", LAWFUL)
                        .add("action", "encounter.registered")
                        .add("recordType", "encounter")
                        .add("recordId", "enc-l-X")
                        .build();
        List<JsonObject> events = new java.util.ArrayList<>(entryTrail().events());
        events.add(stranger);
        List<JsonObject> audit = new java.util.ArrayList<>(entryTrail().audit());
        audit.add(registered);
        Scorecard lawful =
                scorer.score(List.of(new ModuleTrail("entry", events, audit)), trainees()).get(0);
        assertEquals(50, lawful.earned());
        assertEquals(1, lawful.notes().size(), lawful.notes().toString());
        assertTrue(lawful.notes().get(0).contains("enc-l-X"));
    }

    @Test
    void anEmptyRunScoresEveryoneAtZero() {
        List<Scorecard> cards =
                scorer.score(
                        List.of(), List.of(new TraineeWork("trainee.2.x", "X", "en", Map.of())));
        assertEquals(0, cards.get(0).score());
        assertEquals(1, cards.get(0).criticalErrors().size());
    }
}
