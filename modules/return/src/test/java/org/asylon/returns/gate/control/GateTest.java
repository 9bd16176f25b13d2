package org.asylon.returns.gate.control;

import static org.asylon.returns.Upstream.appealLodged;
import static org.asylon.returns.Upstream.claimPending;
import static org.asylon.returns.Upstream.finalNegative;
import static org.asylon.returns.Upstream.granted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.Fixture;
import org.asylon.returns.gate.control.DeskProtectionCheck.DeskFinding;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.gate.entity.GateCheck;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gate over return's real schema, with RSD's events applied as the feed applies them. */
class GateTest {

    static final Caller ESCORT = Caller.withRoles("return.operations", Roles.RETURN_OPERATIONS);
    static final Caller AUTHORITY = Caller.withRoles("return.authority", Roles.RETURN_AUTHORITY);

    final Fixture fx = new Fixture("eu-pact-2026");
    final String app = UUID.randomUUID().toString();
    final String arrival = UUID.randomUUID().toString();
    final Instant made = Instant.parse("2026-07-01T10:00:00Z");

    @AfterEach
    void close() {
        fx.close();
    }

    /** A case RSD opened with a final negative decision. */
    String rejectedCase() {
        fx.follow(claimPending(app, arrival, made));
        fx.follow(finalNegative(app, arrival, "REJECTED", Instant.parse("2026-11-20T00:00:00Z")));
        return fx.at(
                d ->
                        d.opening
                                .openCaseOf(new ReturnCase.Links(app, null, null))
                                .orElseThrow()
                                .id());
    }

    ProblemException blocked(String caseId) {
        return fx.at(
                d ->
                        assertThrows(
                                ProblemException.class,
                                () ->
                                        d.gate.clear(
                                                caseId,
                                                ExecutionStep.REMOVAL_EXECUTED,
                                                null,
                                                ESCORT)));
    }

    @Test
    void aClaimMadeBetweenPlanningAndExecutionBlocksTheRemovalNamingTheRule() {
        String caseId = rejectedCase();
        fx.follow(
                claimPending(
                        UUID.randomUUID().toString(),
                        arrival,
                        Instant.parse("2026-12-01T07:00:00Z")));
        ProblemException e = blocked(caseId);
        assertEquals(ProblemType.RULE_VIOLATED, e.type());
        assertEquals("return.gate.claim-pending", e.extensions().get("rule"));
        assertTrue(e.extensions().get("legalBasis").toString().contains("Art 33"));
    }

    @Test
    void aBlockedPassIsRecordedWithItsRulesAndPublishedWithoutTheDetail() {
        String caseId = rejectedCase();
        fx.follow(appealLodged(app, arrival, true, Instant.parse("2026-11-30T10:00:00Z")));
        fx.run(
                d -> {
                    ProblemException e =
                            assertThrows(
                                    ProblemException.class,
                                    () ->
                                            d.gate.clear(
                                                    caseId,
                                                    ExecutionStep.REMOVAL_EXECUTED,
                                                    null,
                                                    ESCORT));
                    GateCheck check = d.em.find(GateCheck.class, e.extensions().get("gateCheckId"));
                    assertEquals(
                            List.of("return.gate.suspensive-appeal-pending"),
                            check.blockingRules());
                    String event =
                            d.em.createQuery(
                                            "SELECT o.data FROM OutboxEvent o WHERE o.type = :t",
                                            String.class)
                                    .setParameter("t", GateEvents.EXECUTION_BLOCKED)
                                    .getSingleResult();
                    assertTrue(event.contains("suspensive-appeal-pending"), event);
                    assertTrue(!event.contains("suspends removal"), event);
                });
    }

    @Test
    void anAppealWithoutSuspensiveEffectLetsTheRemovalThroughAndTheRecordSaysWhy() {
        String caseId = rejectedCase();
        fx.follow(appealLodged(app, arrival, false, Instant.parse("2026-11-30T10:00:00Z")));
        GateClearance cleared =
                fx.at(d -> d.gate.clear(caseId, ExecutionStep.REMOVAL_EXECUTED, null, ESCORT));
        assertTrue(
                cleared.notes().get(0).contains("asylum.appeal.suspensive.regular"),
                cleared.notes().toString());
        GateCheck check = fx.at(d -> d.em.find(GateCheck.class, cleared.checkId()));
        assertTrue(check.cleared());
        assertTrue(check.explanation().contains("does not suspend removal"));
    }

    @Test
    void recognitionClosesTheCaseAndBlocksForGood() {
        String caseId = rejectedCase();
        String second = UUID.randomUUID().toString();
        fx.follow(claimPending(second, arrival, Instant.parse("2026-11-25T10:00:00Z")));
        fx.follow(granted(second, arrival, Instant.parse("2026-11-30T10:00:00Z")));
        ReturnCase c = fx.at(d -> d.cases.require(caseId));
        assertEquals("PROTECTION_GRANTED", c.closure().name());
        ProblemException e = blocked(caseId);
        assertEquals(ProblemType.CONFLICT, e.type());
    }

    void overrideSubsequent(String caseId, Caller by) {
        fx.run(
                d ->
                        d.overrides.decide(
                                caseId,
                                new GateOverrides.Decision(
                                        ExecutionStep.REMOVAL_EXECUTED,
                                        "return.gate.subsequent-application-pending",
                                        "Director of Returns",
                                        "DR-2",
                                        "Second subsequent application on the same grounds."),
                                by));
    }

    @Test
    void anOverrideIsNeverSpentByWhoDecidedItNorAfterItsDay() {
        String caseId = rejectedCase();
        fx.follow(
                claimPending(
                        UUID.randomUUID().toString(),
                        arrival,
                        Instant.parse("2026-12-01T07:00:00Z"),
                        app));
        overrideSubsequent(caseId, AUTHORITY);
        ProblemException own =
                fx.at(
                        d ->
                                assertThrows(
                                        ProblemException.class,
                                        () ->
                                                d.gate.clear(
                                                        caseId,
                                                        ExecutionStep.REMOVAL_EXECUTED,
                                                        null,
                                                        AUTHORITY)));
        assertEquals(
                "return.gate.subsequent-application-pending",
                own.extensions().get("rule"),
                "four eyes");
        fx.clock.advance(Duration.ofHours(25));
        assertEquals(
                "return.gate.subsequent-application-pending",
                blocked(caseId).extensions().get("rule"),
                "expired");
    }

    @Test
    void aSubsequentApplicationAtRsdsDeskWithoutAnArrivalIsTheSamePersons() {
        String first = UUID.randomUUID().toString();
        fx.follow(claimPending(first, null, made));
        fx.follow(
                org.asylon.returns.Upstream.rsd(
                        "claim-withdrawn",
                        first,
                        null,
                        "WITHDRAWN",
                        false,
                        false,
                        made.plusSeconds(3600),
                        org.asylon.kernel.json.Jsons.object()));
        String caseId =
                fx.at(
                        d ->
                                d.opening
                                        .openCaseOf(new ReturnCase.Links(first, null, null))
                                        .orElseThrow()
                                        .id());
        fx.follow(
                claimPending(
                        UUID.randomUUID().toString(),
                        null,
                        Instant.parse("2026-11-30T10:00:00Z"),
                        first));
        assertEquals(
                "return.gate.subsequent-application-pending",
                blocked(caseId).extensions().get("rule"));
    }

    @Test
    void aStayOfRemovalOnAnEndedCaseOfThePersonStillBars() {
        String caseId = rejectedCase();
        fx.run(
                d ->
                        d.protection.stay(
                                caseId,
                                "European Court of Human Rights",
                                "Rule 39, 1/26",
                                fx.clock.instant().minusSeconds(60),
                                null,
                                AUTHORITY));
        fx.run(
                d ->
                        d.cases.close(
                                caseId,
                                org.asylon.returns.returncase.entity.Closure.DISCONTINUED,
                                AUTHORITY));
        String again =
                fx.at(
                        d ->
                                d.opening
                                        .atDesk(
                                                org.asylon.returns.returncase.entity.CaseOrigin
                                                        .DESK,
                                                "desk 2",
                                                new ReturnCase.Person(
                                                        "Haddad",
                                                        "Karim",
                                                        null,
                                                        "1994-03-02",
                                                        "M",
                                                        List.of("IRQ"),
                                                        false),
                                                new ReturnCase.Links(app, null, null),
                                                "return.officer")
                                        .id());
        assertEquals("return.gate.interim-measure", blocked(again).extensions().get("rule"));
    }

    @Test
    void anOverrideByANamedAuthorityLiftsAnOverridableBarOnceOnly() {
        String caseId = rejectedCase();
        fx.follow(
                claimPending(
                        UUID.randomUUID().toString(),
                        arrival,
                        Instant.parse("2026-12-01T07:00:00Z"),
                        app));
        overrideSubsequent(caseId, AUTHORITY);
        GateClearance first =
                fx.at(d -> d.gate.clear(caseId, ExecutionStep.REMOVAL_EXECUTED, null, ESCORT));
        assertNotNull(first.overrideId());
        assertEquals(
                List.of("return.gate.subsequent-application-pending"),
                fx.at(d -> d.em.find(GateCheck.class, first.checkId()).overriddenRules()));
        assertEquals(
                "return.gate.subsequent-application-pending",
                blocked(caseId).extensions().get("rule"));
    }

    @Test
    void noOverrideOfABarTheProfileDoesNotListOrOfProtectionGranted() {
        String caseId = rejectedCase();
        for (String rule :
                List.of(
                        "return.gate.claim-pending",
                        "return.gate.protection-granted",
                        "return.gate.interim-measure")) {
            ProblemException e =
                    fx.at(
                            d ->
                                    assertThrows(
                                            ProblemException.class,
                                            () ->
                                                    d.overrides.decide(
                                                            caseId,
                                                            new GateOverrides.Decision(
                                                                    ExecutionStep.REMOVAL_EXECUTED,
                                                                    rule,
                                                                    "Minister",
                                                                    null,
                                                                    "Reasons long enough to read."),
                                                            AUTHORITY)));
            assertEquals("return.gate.override", e.extensions().get("rule"), rule);
        }
    }

    @Test
    void aloneTheModuleWantsTheOfficersCheckAndRecordsItsSource() {
        fx.rsdFollowed = false;
        String caseId =
                fx.at(
                        d ->
                                d.opening
                                        .atDesk(
                                                org.asylon.returns.returncase.entity.CaseOrigin
                                                        .DESK,
                                                "police 1",
                                                new ReturnCase.Person(
                                                        "Hoxha",
                                                        "Ana",
                                                        null,
                                                        "1991-05-17",
                                                        "F",
                                                        List.of("ALB"),
                                                        false),
                                                new ReturnCase.Links(null, null, null),
                                                "return.officer")
                                        .id());
        assertEquals("return.gate.protection-check", blocked(caseId).extensions().get("rule"));
        DeskProtectionCheck check =
                new DeskProtectionCheck(
                        "National asylum register",
                        "Q-2026-991",
                        fx.clock.instant().minus(Duration.ofMinutes(20)),
                        DeskFinding.NO_CLAIM);
        GateClearance cleared =
                fx.at(d -> d.gate.clear(caseId, ExecutionStep.REMOVAL_EXECUTED, check, ESCORT));
        GateCheck recorded = fx.at(d -> d.em.find(GateCheck.class, cleared.checkId()));
        assertEquals("National asylum register", recorded.desk().source());
        assertEquals("NO_CLAIM", recorded.desk().finding());
    }

    @Test
    void aCheckDatedInTheFutureIsRefusedNamingTheField() {
        String caseId = rejectedCase();
        DeskProtectionCheck ahead =
                new DeskProtectionCheck(
                        "s",
                        "r",
                        fx.clock.instant().plus(Duration.ofHours(2)),
                        DeskFinding.NO_CLAIM);
        ProblemException e =
                fx.at(
                        d ->
                                assertThrows(
                                        ProblemException.class,
                                        () ->
                                                d.gate.clear(
                                                        caseId,
                                                        ExecutionStep.REMOVAL_EXECUTED,
                                                        ahead,
                                                        ESCORT)));
        assertEquals("protectionCheck.checkedAt", e.fieldErrors().get(0).field());
    }

    @Test
    void aBarFromAnotherPartOfTheModuleStopsTheStepToo() {
        String caseId = rejectedCase();
        fx.sources.add(
                (c, step, at) ->
                        List.of(
                                ExecutionBar.absolute(
                                        "return.operation.monitor",
                                        "Return Directive Art 8(6) [unconfirmed]",
                                        "No forced-return monitor is assigned.")));
        assertEquals("return.operation.monitor", blocked(caseId).extensions().get("rule"));
    }
}
