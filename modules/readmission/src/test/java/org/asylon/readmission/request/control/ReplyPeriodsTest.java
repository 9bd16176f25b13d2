package org.asylon.readmission.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.readmission.Fixture;
import org.asylon.readmission.Journeys;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.Reply;
import org.asylon.readmission.request.entity.RequestState;
import org.asylon.readmission.transfer.entity.Transfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What silence does when a reply period passes, per regime and kind (issue 13: "the consequence of
 * silence tested per regime"), applied by the system with an event, a state change and a notice
 * naming the rule; never before the period's end.
 */
class ReplyPeriodsTest {

    private static final Grounds ORDINARY = new Grounds(false, false, false);
    private static final Grounds HIT = new Grounds(true, false, false);
    private static final Grounds DETAINED = new Grounds(false, true, false);

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
    void ammrTakeBackNotificationSilenceConfirmsReceiptAfterTwoWeeks() {
        String id =
                receive(
                        "FRA",
                        "fra-1",
                        "eu-ammr",
                        RequestKind.TAKE_BACK_NOTIFICATION,
                        HIT,
                        "eurodac-hit");
        ReadmissionRequest r = expireAt(id, "2026-07-15T21:59:59Z", "2026-07-15T22:00:00Z");
        assertEquals(RequestState.TACITLY_ACCEPTED, r.state());
        assertEquals(Reply.CONFIRMED, r.reply());
        assertTrue(r.tacit());
        assertNotice(id, "regime.take-back-notification.reply.silence");
        Transfer t = f.at(d -> d.transfers.ofRequest(id).orElseThrow());
        assertFalse(t.sending(), "FRA sends the person; this state receives them");
        assertEquals(
                Instant.parse("2026-07-15T22:00:00Z"),
                t.acceptedAt(),
                "accepted as of the end of the period");
    }

    @Test
    void ammrTakeChargeSilenceCountsAsAcceptanceButTheRuleSaysItIsUnconfirmed() {
        String id =
                receive(
                        "FRA",
                        "fra-2",
                        "eu-ammr",
                        RequestKind.TAKE_CHARGE,
                        ORDINARY,
                        "visa-or-residence-document");
        Instant end = f.at(d -> d.requests.require(id).replyDueAt());
        ReadmissionRequest r = expireAt(id, end.minusSeconds(1).toString(), end.toString());
        assertEquals(RequestState.TACITLY_ACCEPTED, r.state());
        assertEquals(Reply.ACCEPTED, r.reply());
        assertEquals(
                "unconfirmed",
                f.profile
                        .profile()
                        .regime("eu-ammr")
                        .rules()
                        .rule("regime.take-charge.reply.silence")
                        .status()
                        .name()
                        .toLowerCase());
    }

    @Test
    void ammrDetainedPersonSilenceIsAcceptanceAfterOneWeekArt45() {
        String id =
                receive(
                        "FRA",
                        "fra-3",
                        "eu-ammr",
                        RequestKind.TAKE_CHARGE,
                        DETAINED,
                        "eurodac-hit");
        ReadmissionRequest r = expireAt(id, "2026-07-08T21:59:59Z", "2026-07-08T22:00:00Z");
        assertEquals(RequestState.TACITLY_ACCEPTED, r.state());
        assertEquals("regime.take-charge.reply.detained.deadline", r.replyRule());
        assertNotice(id, "regime.take-charge.reply.detained.silence");
    }

    @Test
    void dublinTakeBackRequestOnAHitSilenceIsAcceptanceAfterTwoWeeks() {
        String id =
                receive(
                        "FRA",
                        "fra-4",
                        "dublin-iii",
                        RequestKind.TAKE_BACK_REQUEST,
                        HIT,
                        "eurodac-hit");
        ReadmissionRequest r = expireAt(id, "2026-07-15T21:59:59Z", "2026-07-15T22:00:00Z");
        assertEquals(RequestState.TACITLY_ACCEPTED, r.state());
        assertEquals("regime.take-back-request.reply.hit.deadline", r.replyRule());
    }

    @Test
    void ecAlbaniaSilenceAgreesTheTransferAfterFourteenDays() {
        String id =
                receive(
                        "ALB",
                        "alb-1",
                        "ec-albania",
                        RequestKind.READMISSION_APPLICATION,
                        ORDINARY,
                        f.profile
                                .profile()
                                .regime("ec-albania")
                                .rules()
                                .list("regime.evidence.proof")
                                .get(0)
                                .code());
        ReadmissionRequest r = expireAt(id, "2026-07-15T21:59:59Z", "2026-07-15T22:00:00Z");
        assertEquals(RequestState.TACITLY_ACCEPTED, r.state());
        assertNotice(id, "regime.readmission-application.reply.silence");
    }

    @Test
    void anUnansweredDublinReExaminationEndsTheProcedureWithTheRequestingStateResponsible() {
        String id =
                receive(
                        "FRA",
                        "fra-5",
                        "dublin-iii",
                        RequestKind.TAKE_CHARGE,
                        ORDINARY,
                        "visa-or-residence-document");
        f.run(d -> d.incoming.reply(id, Reply.REFUSED, "No evidence of a visa", "liaison.officer"));
        f.clock.set(Instant.parse("2026-07-02T08:00:00Z"));
        f.run(d -> d.incoming.reExaminationReceived("FRA", "fra-5", "The visa record is attached"));
        ReadmissionRequest r = expireAt(id, "2026-07-16T21:59:59Z", "2026-07-16T22:00:00Z");
        assertEquals(RequestState.CLOSED, r.state());
        assertNotice(id, "requesting state is responsible");
    }

    @Test
    void aReplyInTimeWinsAndALateOneIsRefusedWithTheRule() {
        String answered =
                receive(
                        "FRA",
                        "fra-6",
                        "eu-ammr",
                        RequestKind.TAKE_CHARGE,
                        ORDINARY,
                        "visa-or-residence-document");
        f.clock.set(Instant.parse("2026-07-20T08:00:00Z"));
        f.run(d -> d.incoming.reply(answered, Reply.ACCEPTED, null, "liaison.officer"));
        assertEquals(List.of(), f.at(d -> d.periods.passed(10)));
        String late =
                receive(
                        "FRA",
                        "fra-7",
                        "eu-ammr",
                        RequestKind.TAKE_BACK_NOTIFICATION,
                        HIT,
                        "eurodac-hit");
        f.clock.advance(Duration.ofDays(15));
        var refused =
                org.junit.jupiter.api.Assertions.assertThrows(
                        org.asylon.kernel.problem.ProblemException.class,
                        () ->
                                f.run(
                                        d ->
                                                d.incoming.reply(
                                                        late,
                                                        Reply.REFUSED,
                                                        "Not ours",
                                                        "liaison.officer")));
        assertEquals(
                "regime.take-back-notification.reply.silence", refused.extensions().get("rule"));
    }

    @Test
    void aTransferLapsesWhenItsPeriodRunsOutAndDublinShiftsResponsibility() {
        String id =
                receive(
                        "FRA",
                        "fra-8",
                        "dublin-iii",
                        RequestKind.TAKE_CHARGE,
                        ORDINARY,
                        "visa-or-residence-document");
        f.run(d -> d.incoming.reply(id, Reply.ACCEPTED, null, "liaison.officer"));
        String transfer = f.at(d -> d.transfers.ofRequest(id).orElseThrow().id());
        f.clock.advance(Duration.ofDays(170));
        assertFalse(
                f.<Boolean>at(d -> d.transfers.lapse(transfer)),
                "not before the end of the six months");
        f.clock.advance(Duration.ofDays(15));
        assertTrue(f.<Boolean>at(d -> d.transfers.lapse(transfer)));
        assertEquals("LAPSED", f.at(d -> d.transfers.require(transfer).state().name()));
        assertNotice(id, "responsibility passes to the requesting state, FRA");
    }

    @Test
    void theRequestingStateWaitsADayBeforeSilenceAndAReplyGivenInTimeStillWins() {
        String id = outgoingNotification("2026-06-30T08:00:00Z");
        Instant end = f.at(d -> d.requests.require(id).replyDueAt());
        f.clock.set(end.plusSeconds(3600));
        assertFalse(f.<Boolean>at(d -> d.periods.expire(id)), "a reply may still be on its way");
        f.clock.set(end.plus(Duration.ofDays(1)));
        assertTrue(f.<Boolean>at(d -> d.periods.expire(id)));
        assertEquals(RequestState.TACITLY_ACCEPTED, f.at(d -> d.requests.require(id).state()));
        assertEquals(end, f.at(d -> d.transfers.ofRequest(id).orElseThrow().acceptedAt()));

        f.run(
                d ->
                        d.outgoing.replyReceived(
                                "FRA",
                                id,
                                Reply.REFUSED,
                                "Art 37: not responsible",
                                end.minusSeconds(60)));
        ReadmissionRequest r = f.at(d -> d.requests.require(id));
        assertEquals(RequestState.REFUSED, r.state(), "the refusal given in time stands");
        assertEquals(
                "CANCELLED", f.at(d -> d.transfers.ofRequest(id).orElseThrow().state().name()));
        assertNotice(id, "replaces the tacit acceptance");
    }

    @Test
    void aReplyGivenAfterThePeriodDoesNotUndoSilence() {
        String id = outgoingNotification("2026-06-30T08:00:00Z");
        Instant end = f.at(d -> d.requests.require(id).replyDueAt());
        f.clock.set(end.plus(Duration.ofDays(2)));
        assertTrue(f.<Boolean>at(d -> d.periods.expire(id)));
        org.asylon.kernel.problem.ProblemException late =
                org.junit.jupiter.api.Assertions.assertThrows(
                        org.asylon.kernel.problem.ProblemException.class,
                        () ->
                                f.run(
                                        d ->
                                                d.outgoing.replyReceived(
                                                        "FRA",
                                                        id,
                                                        Reply.REFUSED,
                                                        "late",
                                                        end.plusSeconds(60))));
        assertEquals(409, late.type().status());
    }

    /** This state's take-back notification to FRA on a hit, received by FRA at {@code at}. */
    private String outgoingNotification(String at) {
        f.clock.set(Instant.parse(at));
        String id =
                f.at(
                        d ->
                                d.outgoing
                                        .draft(
                                                Journeys.draft(
                                                        "FRA",
                                                        "eu-ammr",
                                                        RequestKind.TAKE_BACK_NOTIFICATION,
                                                        HIT,
                                                        new org.asylon.readmission.regime.entity
                                                                .Anchors(
                                                                null,
                                                                Instant.parse(at),
                                                                null,
                                                                null)),
                                                "liaison.officer")
                                        .id());
        f.run(d -> d.outgoing.addEvidence(id, "eurodac-hit", "Hit", "liaison.officer"));
        f.run(d -> d.outgoing.send(id, "liaison.officer"));
        f.run(
                d ->
                        d.delivered(
                                d.em.createQuery(
                                                "SELECT m FROM StateMessage m WHERE m.kind = 'request'",
                                                org.asylon.readmission.statelink.entity.StateMessage
                                                        .class)
                                        .getSingleResult(),
                                jakarta.json.Json.createObjectBuilder()
                                        .add("receivedAt", at)
                                        .build()));
        return id;
    }

    private String receive(
            String country,
            String ref,
            String regime,
            RequestKind kind,
            Grounds g,
            String evidence) {
        return Journeys.receive(f, country, Journeys.incoming(ref, regime, kind, g, evidence));
    }

    /** Nothing before {@code before}; silence applied at {@code after}. */
    private ReadmissionRequest expireAt(String id, String before, String after) {
        f.clock.set(Instant.parse(before));
        assertFalse(f.<Boolean>at(d -> d.periods.expire(id)), "nothing before the period ends");
        f.clock.set(Instant.parse(after));
        assertTrue(f.<Boolean>at(d -> d.periods.expire(id)));
        assertFalse(f.<Boolean>at(d -> d.periods.expire(id)), "applied once");
        return f.at(d -> d.requests.require(id));
    }

    private void assertNotice(String id, String text) {
        assertTrue(
                f.at(d -> d.notices(id)).stream().anyMatch(n -> n.text().contains(text)),
                () -> f.at(d -> d.notices(id)).stream().map(n -> n.text()).toList().toString());
    }
}
