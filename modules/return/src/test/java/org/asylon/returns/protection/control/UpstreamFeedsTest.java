package org.asylon.returns.protection.control;

import static org.asylon.returns.Upstream.arrival;
import static org.asylon.returns.Upstream.asylumReferral;
import static org.asylon.returns.Upstream.borderRequest;
import static org.asylon.returns.Upstream.claimPending;
import static org.asylon.returns.Upstream.encounter;
import static org.asylon.returns.Upstream.finalNegative;
import static org.asylon.returns.Upstream.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.Fixture;
import org.asylon.returns.Upstream;
import org.asylon.returns.gate.control.GateProfile;
import org.asylon.returns.gate.control.GateRules;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What return makes of entry's, reception's and RSD's feeds. */
class UpstreamFeedsTest {

    final Fixture fx = new Fixture("eu-pact-2026");
    final String app = UUID.randomUUID().toString();
    final String arrivalId = UUID.randomUUID().toString();
    final String encounterId = UUID.randomUUID().toString();
    final Instant made = Instant.parse("2026-07-01T10:00:00Z");

    @AfterEach
    void close() {
        fx.close();
    }

    List<ReturnCase> cases() {
        return fx.at(
                d ->
                        d.em.createQuery("SELECT c FROM ReturnCase c", ReturnCase.class)
                                .getResultList());
    }

    List<String> bars(String caseId) {
        return fx.at(
                d ->
                        GateRules.assess(
                                        d.pictures.of(
                                                d.cases.require(caseId),
                                                fx.clock.instant(),
                                                List.of()),
                                        null,
                                        fx.clock.instant(),
                                        GateProfile.policyOf(fx.profile.profile()))
                                .bars()
                                .stream()
                                .map(b -> b.rule())
                                .toList());
    }

    @Test
    void aFinalNegativeDecisionOpensOneCaseWithThePersonRsdNamed() {
        fx.follow(claimPending(app, arrivalId, made));
        CloudEvent fin =
                finalNegative(app, arrivalId, "REJECTED", Instant.parse("2026-11-20T00:00:00Z"));
        fx.follow(fin);
        fx.follow(finalNegative(app, arrivalId, "REJECTED", Instant.parse("2026-11-20T00:00:00Z")));
        List<ReturnCase> all = cases();
        assertEquals(1, all.size());
        ReturnCase c = all.get(0);
        assertEquals(CaseOrigin.RSD, c.origin());
        assertEquals("final-negative", c.openingGround());
        assertEquals("Haddad", c.surname());
        assertEquals(List.of("IRQ"), c.nationalities());
        assertEquals(arrivalId, c.sourceArrivalId());
    }

    @Test
    void anInadmissibilityDecisionAndAWithdrawalOpenCasesWithTheirGround() {
        fx.follow(claimPending(app, arrivalId, made));
        fx.follow(
                finalNegative(
                        app, arrivalId, "INADMISSIBLE", Instant.parse("2026-11-20T00:00:00Z")));
        assertEquals("inadmissible", cases().get(0).openingGround());
        String other = UUID.randomUUID().toString();
        fx.follow(claimPending(other, null, made));
        fx.follow(
                Upstream.rsd(
                        "claim-withdrawn",
                        other,
                        null,
                        "WITHDRAWN",
                        false,
                        false,
                        made.plusSeconds(3600),
                        Jsons.object()));
        assertTrue(
                cases().stream()
                        .anyMatch(
                                c ->
                                        "withdrawn".equals(c.openingGround())
                                                && other.equals(c.rsdApplicationId())));
    }

    @Test
    void aRefusalOfEntryToBeCarriedOutLaterOpensACaseAndItsSuspensionEndsIt() {
        fx.follow(encounter(encounterId, made));
        fx.follow(outcome("outcome-decided", encounterId, "DECIDED", made.plusSeconds(600)));
        ReturnCase c = cases().get(0);
        assertEquals(CaseOrigin.ENTRY, c.origin());
        assertEquals("refusal-of-entry", c.openingGround());
        assertEquals("Berisha", c.surname());
        fx.follow(outcome("outcome-suspended", encounterId, "SUSPENDED", made.plusSeconds(900)));
        assertEquals("DISCONTINUED", cases().get(0).closure().name());
    }

    @Test
    void aRequestAtTheBorderBlocksUntilRsdHasTheClaimWhateverOrderTheFeedsArriveIn() {
        fx.follow(encounter(encounterId, made));
        fx.follow(outcome("outcome-decided", encounterId, "DECIDED", made.plusSeconds(600)));
        String caseId = cases().get(0).id();
        Instant asked = made.plusSeconds(1200);
        fx.follow(borderRequest(encounterId, asked));
        // a refusal-of-entry case knows only the border's encounter: RSD cannot speak for it yet
        assertEquals(
                List.of("return.gate.protection-check", "return.gate.request-not-registered"),
                bars(caseId));
        // RSD's claim arrives before reception's arrival links the encounter to it
        fx.follow(claimPending(app, arrivalId, asked));
        assertEquals(
                List.of("return.gate.protection-check", "return.gate.request-not-registered"),
                bars(caseId));
        fx.follow(arrival(arrivalId, encounterId, asked.plusSeconds(60)));
        fx.follow(asylumReferral(arrivalId, asked.plusSeconds(120)));
        assertEquals(List.of("return.gate.claim-pending"), bars(caseId));
        assertEquals(arrivalId, fx.at(d -> d.cases.require(caseId).sourceArrivalId()));
    }

    @Test
    void aReceptionReferralTheSameEventTwiceIsOneRequest() {
        fx.follow(asylumReferral(arrivalId, made));
        fx.follow(asylumReferral(arrivalId, made));
        long requests =
                fx.at(
                        d ->
                                d.em.createQuery(
                                                "SELECT COUNT(r) FROM ProtectionRequest r",
                                                Long.class)
                                        .getSingleResult());
        assertEquals(1L, requests);
    }

    @Test
    void aStatedFearKeepsTheCountryOutUntilRsdExaminedTheClaimItStarted() {
        fx.follow(claimPending(app, arrivalId, made));
        fx.follow(finalNegative(app, arrivalId, "REJECTED", Instant.parse("2026-11-20T00:00:00Z")));
        String caseId = cases().get(0).id();
        fx.clock.set(Instant.parse("2026-12-01T06:40:00Z"));
        fx.run(
                d ->
                        d.requests.heard(
                                caseId,
                                Instant.parse("2026-12-01T06:40:00Z"),
                                "AIRPORT",
                                List.of("IRQ"),
                                Caller.withRoles("return.operations", Roles.RETURN_OPERATIONS)));
        assertEquals(List.of("IRQ"), fx.at(d -> d.fears.fearedCountries(caseId)));
        String subsequent = UUID.randomUUID().toString();
        fx.follow(claimPending(subsequent, arrivalId, Instant.parse("2026-12-01T09:00:00Z"), app));
        assertEquals(List.of("IRQ"), fx.at(d -> d.fears.fearedCountries(caseId)));
        fx.follow(
                finalNegative(
                        subsequent,
                        arrivalId,
                        "INADMISSIBLE",
                        Instant.parse("2026-12-20T00:00:00Z")));
        assertEquals(
                List.of("IRQ"),
                fx.at(d -> d.fears.fearedCountries(caseId)),
                "an inadmissibility decision never examined the fear");
        String third = UUID.randomUUID().toString();
        fx.follow(
                claimPending(third, arrivalId, Instant.parse("2026-12-21T09:00:00Z"), subsequent));
        fx.follow(
                finalNegative(third, arrivalId, "REJECTED", Instant.parse("2027-02-20T00:00:00Z")));
        assertFalse(fx.at(d -> d.fears.fearedCountries(caseId)).contains("IRQ"));
    }
}
