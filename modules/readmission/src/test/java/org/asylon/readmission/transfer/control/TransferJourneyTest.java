package org.asylon.readmission.transfer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.readmission.Fixture;
import org.asylon.readmission.Journeys;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.Reply;
import org.asylon.readmission.statelink.entity.StateMessage;
import org.asylon.readmission.transfer.entity.Extension;
import org.asylon.readmission.transfer.entity.Transfer;
import org.asylon.readmission.transfer.entity.TransferState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request this state sends, accepted by the partner, then decided, appealed, extended, assessed
 * and executed through the protection check (DESIGN.md invariant 1; 10-Point Plan point 8), under
 * the AMMR (a pending claim goes with the person) and the EC–Albania agreement (it does not, and
 * protection in Albania must be assessed first).
 */
class TransferJourneyTest {

    private static final Grounds ORDINARY = new Grounds(false, false, false);

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
    void underTheAgreementAPendingClaimAndAMissingAssessmentStopTheTransferUntilBothAreSettled() {
        String transfer =
                accepted(
                        "ALB",
                        "ec-albania",
                        RequestKind.READMISSION_APPLICATION,
                        new Anchors(null, null, Instant.parse("2026-06-20T08:00:00Z"), null));
        decide(transfer);
        f.clock.advance(Duration.ofDays(30));

        ProblemException first = refused(transfer, check(Finding.CLAIM_PENDING));
        String rules = (String) first.extensions().get("rules");
        assertTrue(rules.contains("readmission.transfer.claim-pending"), rules);
        assertTrue(rules.contains("regime.protection-assessment.required"), rules);

        f.run(
                d ->
                        d.transfers.assess(
                                transfer,
                                new AssessmentInput(
                                        true,
                                        false,
                                        "Temporary stay",
                                        "UNHCR country report",
                                        LocalDate.parse("2026-05-01"),
                                        true,
                                        "Access granted"),
                                "liaison.officer"));
        ProblemException inadequate = refused(transfer, check(Finding.REQUEST_DECIDED));
        assertEquals(
                "regime.protection-assessment.required",
                inadequate.extensions().get("rule"),
                "an assessment that finds non-refoulement not respected cannot conclude adequate protection");

        f.run(
                d ->
                        d.transfers.assess(
                                transfer,
                                new AssessmentInput(
                                        true,
                                        true,
                                        "Permanent residence as a national",
                                        "UNHCR country report",
                                        LocalDate.parse("2026-05-01"),
                                        true,
                                        "National of Albania"),
                                "liaison.officer"));
        Transfer done =
                f.at(
                        d ->
                                d.transfers.execute(
                                        transfer,
                                        check(Finding.REQUEST_DECIDED),
                                        "liaison.officer"));
        assertEquals(TransferState.EXECUTED, done.state());
        List<Boolean> cleared =
                f.at(d -> d.checks.of(transfer).stream().map(c -> c.cleared()).toList());
        // the refusals commit in a transaction of their own in the container (TwoStatesIT counts
        // them);
        // here they roll back with the refused execution
        assertEquals(List.of(true), cleared);
        assertEquals(1, messages("transfer").size(), "the partner is told, once");
    }

    @Test
    void underTheAmmrAPendingClaimGoesWithThePersonButRecognitionAFearOrAStaleCheckDoNot() {
        String transfer =
                accepted(
                        "FRA",
                        "eu-ammr",
                        RequestKind.TAKE_CHARGE,
                        new Anchors(Instant.parse("2026-06-20T08:00:00Z"), null, null, null));
        decide(transfer);
        f.clock.advance(Duration.ofDays(30));
        assertEquals(
                "readmission.transfer.protection-granted",
                refused(transfer, check(Finding.PROTECTION_GRANTED)).extensions().get("rule"));
        assertEquals(
                "readmission.transfer.fears-destination",
                refused(
                                transfer,
                                new OfficersCheck(
                                        "Asylum office",
                                        "A-1",
                                        f.clock.instant(),
                                        Finding.NO_CLAIM,
                                        true))
                        .extensions()
                        .get("rule"));
        assertEquals(
                "return.protection-check.maximum-age-hours",
                refused(
                                transfer,
                                new OfficersCheck(
                                        "Asylum office",
                                        "A-1",
                                        f.clock.instant().minus(Duration.ofDays(2)),
                                        Finding.NO_CLAIM,
                                        false))
                        .extensions()
                        .get("rule"));
        assertEquals(
                "readmission.transfer.protection-check",
                refused(transfer, null).extensions().get("rule"),
                "without return, nobody else can say");
        Transfer done =
                f.at(
                        d ->
                                d.transfers.execute(
                                        transfer, check(Finding.CLAIM_PENDING), "liaison.officer"));
        assertEquals(TransferState.EXECUTED, done.state());
    }

    @Test
    void aSuspensiveAppealStopsTheTransferAndItsDismissalRestartsTheAmmrPeriod() {
        String transfer =
                accepted(
                        "FRA",
                        "eu-ammr",
                        RequestKind.TAKE_CHARGE,
                        new Anchors(Instant.parse("2026-06-20T08:00:00Z"), null, null, null));
        decide(transfer);
        f.clock.advance(Duration.ofDays(5));
        f.run(d -> d.transfers.appealLodged(transfer, f.clock.instant(), "liaison.officer"));
        f.clock.advance(Duration.ofDays(30));
        assertEquals(
                "regime.transfer.appeal.suspensive",
                refused(transfer, check(Finding.NO_CLAIM)).extensions().get("rule"));
        Instant decided = f.clock.instant();
        Transfer after =
                f.at(d -> d.transfers.appealDecided(transfer, false, decided, "liaison.officer"));
        assertEquals(
                decided,
                after.periodStart(),
                "AMMR Art 46(1): the period runs from the final appeal decision");
        assertTrue(after.deadlineAt().isAfter(decided.plus(Duration.ofDays(180))));
        assertEquals(
                TransferState.EXECUTED,
                f.at(d -> d.transfers.execute(transfer, check(Finding.NO_CLAIM), "liaison.officer"))
                        .state());
    }

    @Test
    void theAgreementsPeriodKeepsRunningFromTheAcceptanceAfterADismissedAppeal() {
        String transfer =
                accepted(
                        "ALB",
                        "ec-albania",
                        RequestKind.READMISSION_APPLICATION,
                        new Anchors(null, null, Instant.parse("2026-06-20T08:00:00Z"), null));
        Instant deadline = f.at(d -> d.transfers.require(transfer).deadlineAt());
        decide(transfer);
        f.run(d -> d.transfers.appealLodged(transfer, f.clock.instant(), "liaison.officer"));
        Transfer after =
                f.at(
                        d ->
                                d.transfers.appealDecided(
                                        transfer, false, f.clock.instant(), "liaison.officer"));
        assertEquals(deadline, after.deadlineAt());
    }

    @Test
    void anExtensionForAbscondingUsesTheRegimesRuleAndTellsThePartner() {
        String transfer =
                accepted(
                        "FRA",
                        "dublin-iii",
                        RequestKind.TAKE_CHARGE,
                        new Anchors(Instant.parse("2026-06-20T08:00:00Z"), null, null, null));
        Instant six = f.at(d -> d.transfers.require(transfer).deadlineAt());
        Transfer extended =
                f.at(
                        d ->
                                d.transfers.extend(
                                        transfer,
                                        Extension.ABSCONDING,
                                        "Absconded from the centre",
                                        "liaison.officer"));
        assertEquals("regime.transfer.absconding.deadline", extended.deadlineRule());
        assertTrue(
                extended.deadlineAt().isAfter(six.plus(Duration.ofDays(300))),
                "Dublin III Art 29(2): 18 months");
        assertEquals(1, messages("transfer-extension").size());
        ProblemException none =
                assertThrows(
                        ProblemException.class,
                        () ->
                                f.run(
                                        d ->
                                                d.transfers.extend(
                                                        transfer,
                                                        Extension.IMPRISONMENT,
                                                        "again",
                                                        "liaison.officer")));
        assertEquals(409, none.type().status());
    }

    /** Sends a request to the partner, delivers it and has it accepted; returns the transfer id. */
    private String accepted(String country, String regime, RequestKind kind, Anchors anchors) {
        String id =
                f.at(
                        d ->
                                d.outgoing
                                        .draft(
                                                Journeys.draft(
                                                        country, regime, kind, ORDINARY, anchors),
                                                "liaison.officer")
                                        .id());
        String category =
                f.profile
                        .profile()
                        .regime(regime)
                        .rules()
                        .list("regime.evidence.proof")
                        .get(0)
                        .code();
        f.run(d -> d.outgoing.addEvidence(id, category, "On file", "liaison.officer"));
        f.run(d -> d.outgoing.send(id, "liaison.officer"));
        f.run(
                d ->
                        d.delivered(
                                only(d, "request"),
                                jakarta.json.Json.createObjectBuilder()
                                        .add("receivedAt", f.clock.instant().toString())
                                        .build()));
        f.clock.advance(Duration.ofDays(3));
        f.run(
                d ->
                        d.outgoing.replyReceived(
                                country,
                                id,
                                kind.confirmed() ? Reply.CONFIRMED : Reply.ACCEPTED,
                                null,
                                f.clock.instant().minus(Duration.ofHours(1))));
        assertEquals(
                f.clock.instant().minus(Duration.ofHours(1)),
                f.at(d -> d.transfers.ofRequest(id).orElseThrow().acceptedAt()),
                "the period runs from the partner's acceptance, not from this state's receipt of it");
        ReadmissionRequest r = f.at(d -> d.requests.require(id));
        assertEquals("ACCEPTED", r.state().name());
        return f.at(d -> d.transfers.ofRequest(id).orElseThrow().id());
    }

    private void decide(String transfer) {
        f.run(d -> d.transfers.decide(transfer, f.clock.instant(), "readmission.authority"));
    }

    private ProblemException refused(String transfer, OfficersCheck check) {
        return assertThrows(
                ProblemException.class,
                () -> f.run(d -> d.transfers.execute(transfer, check, "liaison.officer")));
    }

    private OfficersCheck check(Finding finding) {
        return new OfficersCheck(
                "National asylum authority, registry", "REG-1", f.clock.instant(), finding, false);
    }

    private static StateMessage only(Fixture.Desks d, String kind) {
        return d.em.createQuery(
                        "SELECT m FROM StateMessage m WHERE m.kind = :k", StateMessage.class)
                .setParameter("k", kind)
                .getSingleResult();
    }

    private List<StateMessage> messages(String kind) {
        return f.at(
                d ->
                        d.em.createQuery(
                                        "SELECT m FROM StateMessage m WHERE m.kind = :k",
                                        StateMessage.class)
                                .setParameter("k", kind)
                                .getResultList());
    }
}
