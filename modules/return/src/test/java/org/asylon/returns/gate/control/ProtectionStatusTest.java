package org.asylon.returns.gate.control;

import static org.asylon.returns.Upstream.appealLodged;
import static org.asylon.returns.Upstream.arrival;
import static org.asylon.returns.Upstream.borderRequest;
import static org.asylon.returns.Upstream.claimPending;
import static org.asylon.returns.Upstream.encounter;
import static org.asylon.returns.Upstream.finalNegative;
import static org.asylon.returns.Upstream.granted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.Fixture;
import org.asylon.returns.protection.entity.BestInterests;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The protection status readmission reads right before a transfer: the gate's own facts for the
 * person the links identify, with or without a return case, each true fact with the rule the gate
 * cites, and states only.
 */
class ProtectionStatusTest {

    static final Caller LIAISON = Caller.withRoles("liaison.officer", Roles.LIAISON_OFFICER);
    static final Caller OFFICER = Caller.withRoles("return.officer", Roles.RETURN_OFFICER);

    final Fixture fx = new Fixture("eu-pact-2026");
    final String app = UUID.randomUUID().toString();
    final String arrivalId = UUID.randomUUID().toString();
    final String encounterId = UUID.randomUUID().toString();
    final Instant made = Instant.parse("2026-07-01T10:00:00Z");

    @AfterEach
    void close() {
        fx.close();
    }

    ProtectionStatus status(String application, String arrival, String encounter, String to) {
        return fx.at(
                d ->
                        d.statuses.status(
                                new ReturnCase.Links(application, arrival, encounter),
                                to,
                                LIAISON));
    }

    static List<String> rules(ProtectionStatus s) {
        return s.findings().stream().map(ProtectionStatus.Finding::rule).toList();
    }

    @Test
    void linksNoRecordKnowsAreUnknownWithNoFactAndTheReadIsAudited() {
        ProtectionStatus s = status(app, null, null, "DEU");
        assertFalse(s.known());
        assertFalse(s.claimPending() || s.protectionGranted() || s.protectionRequestPending());
        assertEquals(List.of(), s.findings());
        assertEquals(fx.clock.instant(), s.checkedAt());
        AuditRecord read =
                fx.at(
                        d ->
                                d.em.createQuery(
                                                "SELECT a FROM AuditRecord a WHERE a.action ="
                                                        + " 'protection-status.read'",
                                                AuditRecord.class)
                                        .getSingleResult());
        assertEquals("liaison.officer", read.actor());
        assertEquals("rsd-application:" + app, read.recordId());
    }

    @Test
    void withoutAnyLinkOrACountryCodeTheRequestIsRefusedNamingTheParameter() {
        ProblemException none =
                assertThrows(ProblemException.class, () -> status(null, " ", null, "DEU"));
        assertEquals(ProblemType.INVALID_REQUEST, none.type());
        assertTrue(none.getMessage().startsWith("rsdApplicationId"), none.getMessage());
        for (String bad : new String[] {null, "", "deu", "ZZZ", "Germany"}) {
            ProblemException wrong =
                    assertThrows(ProblemException.class, () -> status(app, null, null, bad));
            assertTrue(wrong.getMessage().startsWith("destination"), wrong.getMessage());
        }
    }

    @Test
    void aClaimPendingAtRsdCountsForAPersonWithoutAReturnCase() {
        fx.follow(claimPending(app, arrivalId, made));
        ProtectionStatus s = status(null, arrivalId, null, "DEU");
        assertTrue(s.known());
        assertTrue(s.linkedToRsd());
        assertTrue(s.claimPending());
        assertFalse(s.suspensiveAppealPending());
        assertEquals(List.of("return.gate.claim-pending"), rules(s));
        assertTrue(s.findings().get(0).basis().contains("invariant 1"), s.findings().toString());
    }

    @Test
    void aSuspensiveAppealAndProtectionGrantedAreTheirOwnFacts() {
        fx.follow(claimPending(app, arrivalId, made));
        fx.follow(finalNegative(app, arrivalId, "REJECTED", made.plusSeconds(86_400)));
        fx.follow(appealLodged(app, arrivalId, true, made.plusSeconds(2 * 86_400)));
        ProtectionStatus appeal = status(app, null, null, "DEU");
        assertTrue(appeal.suspensiveAppealPending());
        assertFalse(appeal.claimPending());
        assertEquals(List.of("return.gate.suspensive-appeal-pending"), rules(appeal));
        fx.follow(granted(app, arrivalId, made.plusSeconds(30 * 86_400)));
        ProtectionStatus recognised = status(app, null, null, "DEU");
        assertTrue(recognised.protectionGranted());
        assertFalse(recognised.suspensiveAppealPending());
        assertEquals(List.of("return.gate.protection-granted"), rules(recognised));
    }

    @Test
    void aRequestAtTheBorderIsPendingUntilRsdHasTheClaimWhicheverLinkIsGiven() {
        fx.follow(encounter(encounterId, made));
        fx.follow(borderRequest(encounterId, made.plusSeconds(600)));
        fx.follow(arrival(arrivalId, encounterId, made.plusSeconds(3600)));
        for (ProtectionStatus s :
                List.of(
                        status(null, null, encounterId, "ALB"),
                        status(null, arrivalId, null, "ALB"))) {
            assertTrue(s.known());
            assertTrue(s.linkedToRsd(), "the encounter's arrival is known from reception");
            assertTrue(s.protectionRequestPending());
            assertEquals(List.of("return.gate.request-not-registered"), rules(s));
        }
        fx.follow(claimPending(app, arrivalId, made.plusSeconds(7200)));
        ProtectionStatus registered = status(null, null, encounterId, "ALB");
        assertFalse(registered.protectionRequestPending());
        assertTrue(registered.claimPending());
    }

    @Test
    void aStayAFearOfTheDestinationAndAChildOnAnyCaseOfThePersonCount() {
        fx.follow(claimPending(app, arrivalId, made));
        fx.follow(finalNegative(app, arrivalId, "REJECTED", Instant.parse("2026-11-20T00:00:00Z")));
        String rejected = caseOf(app);
        fx.run(
                d ->
                        d.protection.stay(
                                rejected,
                                "European Court of Human Rights",
                                "Rule 39, 7/26",
                                fx.clock.instant().minusSeconds(60),
                                null,
                                OFFICER));
        fx.run(
                d ->
                        d.requests.heard(
                                rejected,
                                fx.clock.instant().minusSeconds(30),
                                "DETENTION",
                                List.of("IRQ"),
                                OFFICER));
        fx.run(d -> d.cases.close(rejected, Closure.DISCONTINUED, OFFICER));
        // a later desk case of the same person, as a child by the date of birth
        fx.run(
                d ->
                        d.opening.atDesk(
                                CaseOrigin.DESK,
                                "desk",
                                new ReturnCase.Person(
                                        "Haddad",
                                        "Karim",
                                        null,
                                        "2012-03",
                                        "M",
                                        List.of("IRQ"),
                                        false),
                                new ReturnCase.Links(app, null, null),
                                "return.officer"));
        ProtectionStatus toIraq = status(app, null, null, "IRQ");
        assertTrue(toIraq.interimMeasure());
        assertTrue(toIraq.fearsDestination());
        assertTrue(toIraq.protectionRequestPending());
        assertTrue(toIraq.unaccompaniedChild());
        assertEquals(
                List.of(
                        "return.gate.request-not-registered",
                        "return.gate.interim-measure",
                        "return.country.non-refoulement",
                        "return.gate.child-best-interests"),
                rules(toIraq));
        ProtectionStatus toGermany = status(app, null, null, "DEU");
        assertFalse(toGermany.fearsDestination());
        assertFalse(rules(toGermany).contains("return.country.non-refoulement"));
    }

    @Test
    void aChildWithADeterminationForReturnIsStillAFactWithNoBar() {
        String caseId =
                fx.at(
                        d ->
                                d.opening
                                        .atDesk(
                                                CaseOrigin.DESK,
                                                "desk",
                                                new ReturnCase.Person(
                                                        "Berisha",
                                                        "Arben",
                                                        null,
                                                        null,
                                                        "M",
                                                        List.of("ALB"),
                                                        true),
                                                new ReturnCase.Links(null, null, encounterId),
                                                "return.officer")
                                        .id());
        fx.run(
                d ->
                        d.protection.determined(
                                caseId,
                                "Child protection service",
                                "BID 4/26",
                                fx.clock.instant().minusSeconds(3600),
                                BestInterests.RETURN_IN_BEST_INTERESTS,
                                OFFICER));
        ProtectionStatus s = status(null, null, encounterId, "ALB");
        assertTrue(s.known());
        assertFalse(s.linkedToRsd(), "only the border's encounter: RSD's feed cannot speak");
        assertTrue(s.unaccompaniedChild());
        assertEquals(List.of("return.gate.child-best-interests"), rules(s));
        assertTrue(s.findings().get(0).detail().contains("found return"), s.toString());
    }

    @Test
    void theStatusCarriesNoRsdContent() {
        fx.follow(claimPending(app, arrivalId, made));
        fx.follow(finalNegative(app, arrivalId, "MANIFESTLY_UNFOUNDED", made.plusSeconds(86_400)));
        ProtectionStatus s = status(app, null, null, "IRQ");
        String all = s.toString();
        assertFalse(all.contains("MANIFESTLY_UNFOUNDED"), all);
        assertFalse(all.contains("Haddad"), all);
        assertEquals(List.of(), s.findings());
    }

    private String caseOf(String application) {
        return fx.at(
                d ->
                        d.opening.casesOf(new ReturnCase.Links(application, null, null)).stream()
                                .filter(ReturnCase::open)
                                .findFirst()
                                .orElseThrow()
                                .id());
    }
}
