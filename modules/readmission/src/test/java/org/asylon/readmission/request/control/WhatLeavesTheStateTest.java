package org.asylon.readmission.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.readmission.Fixture;
import org.asylon.readmission.Journeys;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.asylon.readmission.request.entity.Reply;
import org.asylon.readmission.statelink.entity.StateMessage;
import org.asylon.readmission.transfer.control.Finding;
import org.asylon.readmission.transfer.control.OfficersCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data minimisation (issue 13): RSD content markers in everything the desk keeps about a request
 * (the origin reference, the link to the asylum file, the notes), and none of them in any message
 * that leaves the state, from the request to the transfer; the request itself holds only the
 * regime's shared fields.
 */
class WhatLeavesTheStateTest {

    private Fixture f;

    @BeforeEach
    void open() {
        f = new Fixture("eu-pact-2026");
        Journeys.partners(f);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void noMessageCarriesAnythingOfTheAsylumFile() {
        Anchors anchors = new Anchors(null, Instant.parse("2026-06-30T08:00:00Z"), null, null);
        String id =
                f.at(
                        d ->
                                d.outgoing
                                        .draft(
                                                Journeys.draft(
                                                        "FRA",
                                                        "eu-ammr",
                                                        RequestKind.TAKE_BACK_NOTIFICATION,
                                                        new Grounds(true, false, false),
                                                        anchors),
                                                "liaison.officer")
                                        .id());
        f.run(
                d ->
                        d.outgoing.addEvidence(
                                id,
                                "eurodac-hit",
                                "Eurodac category 1 hit FR1-1",
                                "liaison.officer"));
        f.run(d -> d.outgoing.send(id, "liaison.officer"));
        f.run(
                d ->
                        d.delivered(
                                messages(d).stream()
                                        .filter(m -> m.kind().equals("request"))
                                        .findFirst()
                                        .orElseThrow(),
                                Json.createObjectBuilder()
                                        .add("receivedAt", f.clock.instant().toString())
                                        .build()));
        f.run(d -> d.outgoing.replyReceived("FRA", id, Reply.REFUSED, "Not responsible", null));
        f.run(
                d ->
                        d.outgoing.askReExamination(
                                id, "The hit is a category 1 hit", "liaison.officer"));
        f.run(d -> d.outgoing.replyReceived("FRA", id, Reply.CONFIRMED, null, null));
        String transfer = f.at(d -> d.transfers.ofRequest(id).orElseThrow().id());
        f.run(d -> d.transfers.decide(transfer, f.clock.instant(), "readmission.authority"));
        f.run(
                d ->
                        d.transfers.extend(
                                transfer,
                                org.asylon.readmission.transfer.entity.Extension.IMPRISONMENT,
                                "Serving a sentence",
                                "liaison.officer"));
        f.clock.advance(Duration.ofDays(30));
        f.run(
                d ->
                        d.transfers.execute(
                                transfer,
                                new OfficersCheck(
                                        "Asylum office",
                                        "A-1",
                                        f.clock.instant(),
                                        Finding.CLAIM_PENDING,
                                        false),
                                "liaison.officer"));

        List<StateMessage> out = f.at(Journeys_::messages);
        assertEquals(
                Set.of("request", "re-examination", "transfer-extension", "transfer"),
                Set.copyOf(out.stream().map(StateMessage::kind).toList()));
        for (StateMessage m : out) {
            assertFalse(m.body().contains(Journeys.MARKER), m.kind() + ": " + m.body());
        }
        String sent =
                out.stream()
                        .filter(m -> m.kind().equals("request"))
                        .findFirst()
                        .orElseThrow()
                        .body();
        var request = Json.createReader(new java.io.StringReader(sent)).readObject();
        assertEquals(
                Set.of("reference", "regime", "kind", "grounds", "person", "evidence", "sentAt"),
                request.keySet());
        assertEquals(
                Set.of("name", "dateOfBirth", "nationality"),
                request.getJsonObject("person").keySet());
        assertTrue(
                f.at(d -> d.requests.require(id).notes()).contains(Journeys.MARKER),
                "the notes stay here");
    }

    @Test
    void aFactTheRegimeDoesNotShareIsRefusedBeforeItIsStored() {
        var person =
                Json.createObjectBuilder(Journeys.person())
                        .add("eurodacReference", "FR1-2026-1")
                        .build();
        var draft =
                Journeys.draft(
                        "ALB",
                        "ec-albania",
                        RequestKind.READMISSION_APPLICATION,
                        new Grounds(false, false, false),
                        Anchors.NONE);
        var withNeeds =
                new OutgoingDraft(
                        draft.country(),
                        draft.regime(),
                        draft.kind(),
                        draft.grounds(),
                        draft.origin(),
                        draft.originReference(),
                        draft.links(),
                        person,
                        draft.notes(),
                        draft.anchors());
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () -> f.run(d -> d.outgoing.draft(withNeeds, "liaison.officer")));
        assertEquals(
                "person.eurodacReference",
                e.fieldErrors().get(0).field(),
                "EC-Albania shares no Eurodac reference");
    }

    /** Every outgoing message, oldest first. */
    static final class Journeys_ {
        static List<StateMessage> messages(Fixture.Desks d) {
            return WhatLeavesTheStateTest.messages(d);
        }
    }

    static List<StateMessage> messages(Fixture.Desks d) {
        return d.em.createQuery(
                        "SELECT m FROM StateMessage m ORDER BY m.createdAt, m.id",
                        StateMessage.class)
                .getResultList();
    }
}
