package org.asylon.returns.returncase.control;

import static org.asylon.returns.Upstream.claimPending;
import static org.asylon.returns.Upstream.finalNegative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;
import org.asylon.returns.Fixture;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What return makes of readmission's feed: a transfer executed OUTGOING ends the person's open case
 * {@code TRANSFERRED}, once, audited as the feed; nothing else changes anything.
 */
class FromReadmissionTest {

    final Fixture fx = new Fixture("eu-pact-2026");
    final String app = UUID.randomUUID().toString();
    final String arrivalId = UUID.randomUUID().toString();
    final Instant made = Instant.parse("2026-07-01T10:00:00Z");
    final Instant executed = Instant.parse("2026-12-01T07:30:00Z");

    @AfterEach
    void close() {
        fx.close();
    }

    static CloudEvent transfer(String fact, String direction, Instant at, JsonObjectBuilder links) {
        JsonObjectBuilder data =
                links.add("requestId", "req-1")
                        .add("transferId", "tr-1")
                        .add("direction", direction)
                        .add("country", "BGR")
                        .add("regime", "ammr")
                        .add("executedAt", at.toString());
        if ("transfer-decided".equals(fact)) {
            data.add("deadline", at.plusSeconds(180 * 86_400L).toString());
        }
        return Fixture.event("org.asylon.readmission." + fact + ".v1", at, data.build());
    }

    String rejectedCase() {
        fx.follow(claimPending(app, arrivalId, made));
        fx.follow(finalNegative(app, arrivalId, "REJECTED", Instant.parse("2026-11-20T00:00:00Z")));
        return fx.at(d -> d.opening.openCaseOf(new ReturnCase.Links(app, null, null)))
                .orElseThrow()
                .id();
    }

    Closure closure(String caseId) {
        return fx.at(d -> d.cases.require(caseId).closure());
    }

    List<AuditRecord> closings(String caseId) {
        return fx.at(
                d ->
                        d.em.createQuery(
                                        "SELECT a FROM AuditRecord a WHERE a.recordId = :id"
                                                + " AND a.action = 'case.closed'",
                                        AuditRecord.class)
                                .setParameter("id", caseId)
                                .getResultList());
    }

    @Test
    void anOutgoingTransferEndsThePersonsOpenCaseOnceAuditedAsTheFeed() {
        String caseId = rejectedCase();
        CloudEvent event =
                transfer(
                        "transfer-executed",
                        "OUTGOING",
                        executed,
                        Jsons.object().add("sourceArrivalId", arrivalId));
        fx.follow(event);
        fx.follow(event);
        assertEquals(Closure.TRANSFERRED, closure(caseId));
        List<AuditRecord> audit = closings(caseId);
        assertEquals(1, audit.size());
        assertEquals("asylon:readmission-feed", audit.get(0).actor());
        assertEquals(
                List.of(Closure.TRANSFERRED),
                fx.closed.fired.stream().map(CaseClosed::closure).toList(),
                "the rest of the module hears it once: operations called off, referrals stopped");
        long published =
                fx.at(
                        d ->
                                d.em.createQuery(
                                                "SELECT COUNT(o) FROM OutboxEvent o WHERE o.type"
                                                        + " = :type",
                                                Long.class)
                                        .setParameter("type", ReturnCaseEvents.CASE_CLOSED)
                                        .getSingleResult());
        assertEquals(1L, published);
    }

    @Test
    void anIncomingTransferATransferDecidedAndOtherFactsChangeNothing() {
        String caseId = rejectedCase();
        JsonObjectBuilder links = Jsons.object().add("rsdApplicationId", app);
        fx.follow(transfer("transfer-executed", "INCOMING", executed, links));
        fx.follow(
                transfer(
                        "transfer-decided",
                        "OUTGOING",
                        executed,
                        Jsons.object().add("rsdApplicationId", app)));
        fx.follow(
                transfer(
                        "transfer-lapsed",
                        "OUTGOING",
                        executed,
                        Jsons.object().add("rsdApplicationId", app)));
        assertNull(closure(caseId));
        assertEquals(List.of(), fx.closed.fired);
    }

    @Test
    void anOutgoingTransferOfSomeoneWithoutAnOpenCaseOrWithoutLinksChangesNothing() {
        String deskCase =
                fx.at(
                        d ->
                                d.opening
                                        .atDesk(
                                                CaseOrigin.READMISSION,
                                                "incoming AMMR request",
                                                new ReturnCase.Person(
                                                        "Ahmadi",
                                                        "Reza",
                                                        null,
                                                        "1990",
                                                        "M",
                                                        List.of("AFG"),
                                                        false),
                                                new ReturnCase.Links(
                                                        null, null, UUID.randomUUID().toString()),
                                                "return.officer")
                                        .id());
        fx.follow(transfer("transfer-executed", "OUTGOING", executed, Jsons.object()));
        fx.follow(
                transfer(
                        "transfer-executed",
                        "OUTGOING",
                        executed,
                        Jsons.object().add("rsdApplicationId", UUID.randomUUID().toString())));
        assertNull(closure(deskCase));
        assertEquals(List.of(), fx.closed.fired);
    }
}
