package org.asylon.returns.decision.control;

import static org.asylon.returns.testing.DecisionFixture.OFFICER;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Problems.conflict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.decision.entity.AppealOutcome;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.DecisionStatus;
import org.asylon.returns.testing.DecisionFixture;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The appeal desk over the real schema: one pending appeal per decision, each step published with
 * codes only and audited; an annulment annuls the decision.
 */
class AppealsTest {

    final DecisionFixture world = new DecisionFixture(EU);

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void oneAppealPendingAtATimeAndAnAnnulmentAnnulsTheDecision() {
        String caseId = world.aCase();
        String decision = world.at(d -> d.decisions.issue(caseId, Laws.terms(), OFFICER).id());
        world.clock.set(Instant.parse("2026-12-03T09:00:00Z"));
        AppealTerms terms =
                new AppealTerms(world.clock.instant(), "Administrative Court", "AC 7/2026", true);
        DecisionAppeal a = world.at(d -> d.appeals.lodge(decision, terms, OFFICER));
        conflict(() -> world.at(d -> d.appeals.lodge(decision, terms, OFFICER)));
        String lodged = world.events(DecisionEvents.APPEAL_LODGED).get(0);
        assertTrue(lodged.contains("\"suspension\":\"REQUESTED\""), lodged);
        assertTrue(lodged.contains("\"suspensiveRule\":\"on-request\""), lodged);

        world.run(
                d ->
                        d.appeals.decide(
                                a.id(),
                                "\"" + d.records.appeal(a.id()).version() + "\"",
                                AppealOutcome.ANNULLED,
                                world.clock.instant(),
                                "AC 7/2026-J",
                                OFFICER));
        assertEquals(DecisionStatus.ANNULLED, world.decision(decision).status());
        String decided = world.events(DecisionEvents.APPEAL_DECIDED).get(0);
        assertTrue(decided.contains("\"decisionStatus\":\"ANNULLED\""), decided);
        assertEquals(List.of("appeal.lodged", "appeal.decided"), world.audited(a.id()));
        assertFalse(world.at(d -> d.records.appeal(a.id())).pending());
        conflict(() -> world.at(d -> d.appeals.lodge(decision, terms, OFFICER)));
    }
}
