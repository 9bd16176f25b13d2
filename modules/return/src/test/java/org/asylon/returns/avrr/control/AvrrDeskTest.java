package org.asylon.returns.avrr.control;

import static org.asylon.returns.avrr.AvrrFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.PartnerSharing;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.PurposeGrant;
import org.asylon.kernel.partner.SharedField;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.returns.avrr.AvrrFixtures;
import org.asylon.returns.avrr.entity.AvrrReferral;
import org.asylon.returns.avrr.entity.CounsellingSession;
import org.asylon.returns.avrr.entity.CounsellingTopic;
import org.asylon.returns.avrr.entity.PostArrivalReport;
import org.asylon.returns.avrr.entity.ReferralStatus;
import org.asylon.returns.avrr.entity.ReportKind;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.Gate;
import org.asylon.returns.gate.control.GateClearance;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.returncase.control.ReturnCaseEvents;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The AVRR desks over return's real schema in memory (migrations V1, V20, V21; the kernel's partner
 * shape mapped onto return's tables), built as CDI builds them, with a gate that lets the step
 * through or refuses it as the test says: who sees which referral, the registry's one purpose, a
 * departure through the gate closing the case, and events that carry no content.
 */
class AvrrDeskTest {

    private static final Caller OFFICER = Caller.withRoles("return.officer", Roles.RETURN_OFFICER);
    private static final Caller IOM = Caller.withRoles("partner.iom", Roles.PARTNER);
    private static final Caller CARITAS = Caller.withRoles("partner.caritas", Roles.PARTNER);

    private final TestDatabase db =
            TestDatabase.forModule(
                    "return",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    ReturnCase.class,
                    Partner.class,
                    PurposeGrant.class,
                    PartnerSharing.class,
                    AvrrReferral.class,
                    CounsellingSession.class,
                    PostArrivalReport.class);

    private final Clock clock = Clock.fixed(NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC);

    /** What the gate is asked, and whether it refuses. */
    private final List<ExecutionStep> asked = new ArrayList<>();

    private boolean gateRefuses;

    @AfterEach
    void close() {
        db.close();
    }

    private final class Desks {
        final AvrrPartners partners;
        final AvrrReferrals referrals;
        final Counselling counselling;
        final PostArrivalReports reports;
        final ReturnCases cases;

        Desks(EntityManager em) {
            AuditTrail audit = new AuditTrail(em);
            EventPublisher publisher = new EventPublisher(em);
            AvrrEvents events = new AvrrEvents(publisher);
            AvrrReferrals[] observer = new AvrrReferrals[1];
            cases =
                    new ReturnCases(
                            em,
                            audit,
                            new ReturnCaseEvents(
                                    publisher, closed -> observer[0].caseClosed(closed)),
                            clock);
            partners = new AvrrPartners(em, audit, clock);
            Gate gate =
                    new Gate() {
                        @Override
                        public GateClearance clear(
                                String caseId,
                                ExecutionStep step,
                                DeskProtectionCheck deskCheck,
                                Caller caller) {
                            asked.add(step);
                            if (gateRefuses) {
                                throw ProblemException.ruleViolated(
                                        "return.gate.claim-pending", "a basis", "claim pending");
                            }
                            return new GateClearance(
                                    "check-" + caseId, clock.instant(), List.of(), null);
                        }
                    };
            referrals = new AvrrReferrals(em, cases, partners, gate, events, audit, clock);
            observer[0] = referrals;
            counselling = new Counselling(em, referrals, cases, events, audit, clock);
            reports = new PostArrivalReports(em, referrals, events, audit, clock);
        }
    }

    private <T> T at(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    private String aCase() {
        return db.readInTransaction(
                em -> {
                    ReturnCase c = AvrrFixtures.karimsCase();
                    em.persist(c);
                    return c.id();
                });
    }

    private String partner(String name, String user) {
        Map<Purpose, Set<SharedField>> purposes = new EnumMap<>(Purpose.class);
        purposes.put(
                Purpose.ASSISTED_VOLUNTARY_RETURN,
                EnumSet.of(SharedField.NAMES, SharedField.NATIONALITIES));
        return at(d -> d.partners.register(name, purposes, List.of(user), OFFICER).id());
    }

    private String refer(String caseId, String partnerId) {
        return at(d -> d.referrals.refer(caseId, partnerId, Consent.given(null, null), OFFICER))
                .id();
    }

    private String etag(String referralId) {
        return "\"" + at(d -> d.referrals.read(referralId, OFFICER)).version() + "\"";
    }

    private List<String> events(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList());
    }

    @Test
    void aPartnerSeesOnlyItsOwnReferralsAndAnothersIsNotFound() {
        String iom = partner("IOM", "partner.iom");
        String caritas = partner("Caritas", "partner.caritas");
        String toIom = refer(aCase(), iom);
        String toCaritas = refer(aCase(), caritas);

        assertEquals(
                List.of(toIom),
                at(d -> d.referrals.list(IOM, null, null, 100)).stream()
                        .map(AvrrReferral::id)
                        .toList());
        assertEquals(
                Set.of(toIom, toCaritas),
                Set.copyOf(
                        at(d -> d.referrals.list(OFFICER, null, null, 100)).stream()
                                .map(AvrrReferral::id)
                                .toList()));
        assertEquals(toIom, at(d -> d.referrals.read(toIom, IOM)).id());
        ProblemException hidden =
                assertThrows(
                        ProblemException.class, () -> at(d -> d.referrals.read(toCaritas, IOM)));
        assertEquals(ProblemType.NOT_FOUND, hidden.type());
        assertEquals(
                ProblemType.NOT_FOUND,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        at(
                                                d ->
                                                        d.counselling.record(
                                                                toCaritas,
                                                                null,
                                                                EnumSet.of(
                                                                        CounsellingTopic
                                                                                .VOLUNTARY_RETURN),
                                                                "notes",
                                                                IOM)))
                        .type());
        assertTrue(
                at(d ->
                                d.referrals.list(
                                        Caller.withRoles("partner.nobody", Roles.PARTNER),
                                        null,
                                        null,
                                        100))
                        .isEmpty(),
                "an account of no registered partner sees nothing");
        assertTrue(
                at(d -> d.referrals.list(CARITAS, null, ReferralStatus.DEPARTED, 100)).isEmpty());
    }

    @Test
    void aCaseThatEndsAnotherWayStopsItsReferralAndErasesWhatWasShared() {
        String caseId = aCase();
        String id = refer(caseId, partner("IOM", "partner.iom"));
        at(
                d ->
                        d.cases.close(
                                caseId,
                                org.asylon.returns.returncase.entity.Closure.PROTECTION_GRANTED,
                                OFFICER));
        AvrrReferral ended = at(d -> d.referrals.read(id, OFFICER));
        assertEquals(ReferralStatus.CASE_ENDED, ended.status());
        assertTrue(ended.shared().isEmpty(), ended.shared()::toString);
        assertEquals(1, events(AvrrEvents.REFERRAL_ENDED).size());
        assertTrue(events(AvrrEvents.REFERRAL_ENDED).get(0).contains("CASE_ENDED"));
        assertEquals(
                List.of(id),
                at(d -> d.referrals.list(OFFICER, caseId, ReferralStatus.CASE_ENDED, 10)).stream()
                        .map(AvrrReferral::id)
                        .toList());
    }

    @Test
    void returnRegistersPartnersForAssistedVoluntaryReturnOnly() {
        Map<Purpose, Set<SharedField>> purposes = new EnumMap<>(Purpose.class);
        purposes.put(Purpose.MEDICAL_CARE, EnumSet.of(SharedField.NAMES));
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () -> at(d -> d.partners.register("Clinic", purposes, List.of(), OFFICER)));
        assertEquals("purposes", e.fieldErrors().get(0).field());
    }

    @Test
    void aCaseIsReferredToOnePartnerOnceWhileTheReferralStands() {
        String iom = partner("IOM", "partner.iom");
        String caseId = aCase();
        String first = refer(caseId, iom);
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> refer(caseId, iom)).type());
        String tag = etag(first);
        at(d -> d.referrals.withdrawConsent(first, tag, "changed their mind", OFFICER));
        assertFalse(refer(caseId, iom).equals(first), "a new referral after a withdrawal");
    }

    @Test
    void theDepartureGoesThroughTheGateAndClosesTheCaseDepartedVoluntarily() {
        String caseId = aCase();
        String id = refer(caseId, partner("IOM", "partner.iom"));
        Instant departed = clock.instant();

        String tag = etag(id);
        gateRefuses = true;
        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                at(
                                        d ->
                                                d.referrals.confirmDeparture(
                                                        id, tag, departed, null, OFFICER)));
        assertEquals("return.gate.claim-pending", refused.extensions().get("rule"));
        assertEquals(List.of(ExecutionStep.DEPARTURE_CONFIRMED), asked);
        assertEquals(ReferralStatus.ACTIVE, at(d -> d.referrals.read(id, OFFICER)).status());
        assertTrue(at(d -> d.cases.require(caseId)).open(), "a refused step records nothing");

        gateRefuses = false;
        AvrrReferral r = at(d -> d.referrals.confirmDeparture(id, tag, departed, null, OFFICER));
        assertEquals(ReferralStatus.DEPARTED, r.status());
        assertEquals("check-" + caseId, r.departureGateCheckId());
        ReturnCase closed = at(d -> d.cases.require(caseId));
        assertEquals(Closure.DEPARTED_VOLUNTARILY, closed.closure());
        String event = events(AvrrEvents.DEPARTURE_CONFIRMED).get(0);
        assertTrue(event.contains("\"gateCheckId\":\"check-" + caseId + "\""), event);
        assertEquals(1, events(ReturnCaseEvents.CASE_CLOSED).size());
    }

    @Test
    void counsellingAndReportsStayWithThePartnerAndTheOfficerAndNoEventCarriesTheirContent() {
        String caseId = aCase();
        String id = refer(caseId, partner("IOM", "partner.iom"));
        at(
                d ->
                        d.counselling.record(
                                id,
                                null,
                                EnumSet.of(CounsellingTopic.REINTEGRATION_ASSISTANCE),
                                "Afraid of debts at home; wants a small shop.",
                                IOM));
        String tag = etag(id);
        at(d -> d.referrals.confirmDeparture(id, tag, clock.instant(), null, OFFICER));
        at(
                d ->
                        d.reports.record(
                                id,
                                ReportKind.ARRIVAL_RECEPTION,
                                null,
                                "Met at Erbil airport by his brother.",
                                IOM));
        assertEquals(1, at(d -> d.counselling.of(id, OFFICER)).size());
        assertEquals(
                "Met at Erbil airport by his brother.",
                at(d -> d.reports.of(id, IOM)).get(0).notes());

        List<String> all = new ArrayList<>();
        for (String type :
                List.of(
                        AvrrEvents.REFERRAL_MADE,
                        AvrrEvents.COUNSELLING_RECORDED,
                        AvrrEvents.DEPARTURE_CONFIRMED,
                        AvrrEvents.REPORT_RECORDED)) {
            List<String> found = events(type);
            assertEquals(1, found.size(), type);
            all.addAll(found);
        }
        String audit =
                db.readInTransaction(
                        em ->
                                String.join(
                                        "\n",
                                        em.createQuery(
                                                        "SELECT a.details FROM AuditRecord a WHERE a.details IS NOT NULL",
                                                        String.class)
                                                .getResultList()));
        for (String text : List.of("Afraid of debts", "Erbil airport", "Haddad", "Karim")) {
            all.forEach(e -> assertFalse(e.contains(text), e));
            assertFalse(audit.contains(text), audit);
        }
    }

    @Test
    void aWithdrawalErasesTheSnapshotInTheDatabaseAndThePartnerReadsNoMore() {
        String id = refer(aCase(), partner("IOM", "partner.iom"));
        at(
                d ->
                        d.counselling.record(
                                id,
                                null,
                                EnumSet.of(CounsellingTopic.VOLUNTARY_RETURN),
                                "Unsure.",
                                IOM));
        String tag = etag(id);
        AvrrReferral withdrawn =
                at(d -> d.referrals.withdrawConsent(id, tag, "does not want to go", IOM));
        assertTrue(withdrawn.shared().isEmpty());
        assertTrue(at(d -> d.referrals.read(id, OFFICER)).shared().isEmpty());
        assertEquals(
                Long.valueOf(0),
                db.<Long>readInTransaction(
                        em ->
                                ((Number)
                                                em.createNativeQuery(
                                                                "SELECT COUNT(*) FROM partner_referral_field"
                                                                        + " WHERE referral_id = ?")
                                                        .setParameter(1, id)
                                                        .getSingleResult())
                                        .longValue()));
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> at(d -> d.counselling.of(id, IOM)))
                        .type());
        assertEquals(1, at(d -> d.counselling.of(id, OFFICER)).size());
        String event = events(AvrrEvents.CONSENT_WITHDRAWN).get(0);
        assertFalse(event.contains("does not want"), event);
        assertEquals(
                ProblemType.PRECONDITION_FAILED,
                assertThrows(
                                ProblemException.class,
                                () ->
                                        at(
                                                d ->
                                                        d.referrals.withdrawConsent(
                                                                id, tag, "again", OFFICER)))
                        .type(),
                "a stale version");
    }
}
