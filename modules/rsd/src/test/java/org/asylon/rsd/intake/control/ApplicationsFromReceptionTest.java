package org.asylon.rsd.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedCursors;
import org.asylon.rsd.application.control.ApplicationOpened;
import org.asylon.rsd.application.control.FlagsChanged;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.asylon.rsd.deadline.control.DeadlineRules;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reception's feed into RSD's real schema: one application per asylum referral, whatever is
 * delivered twice.
 */
class ApplicationsFromReceptionTest {

    private static final Instant WISH = Instant.parse("2026-03-02T08:15:00Z");

    private final RsdFixture rsd = RsdFixture.under("convention-1951");
    private final ReceptionFeed feed = new ReceptionFeed();

    @AfterEach
    void close() {
        rsd.close();
    }

    @Test
    void anAsylumReferralOpensOneApplicationMadeWhenAndWhereTheWishWasExpressed() {
        String walkIn = feed.registered("Nazari", false);
        feed.referred(walkIn, "ASYLUM_PROCEDURE", WISH, "RECEPTION");
        String border = feed.registered("Tesfay", false);
        feed.referred(border, "ASYLUM_PROCEDURE", WISH.minusSeconds(86_400), "BORDER");
        applyAll();

        List<AsylumApplication> applications = rsd.applications();
        assertEquals(2, applications.size());
        AsylumApplication fromBorder = applications.get(0);
        assertEquals(border, fromBorder.sourceArrivalId());
        assertEquals(MadeWhere.BORDER, fromBorder.madeWhere());
        assertEquals(WISH.minusSeconds(86_400), fromBorder.madeAt());
        assertEquals("Tesfay", fromBorder.person().surname());
        assertEquals(List.of("ERI"), fromBorder.person().nationalities());
        assertEquals(List.of("tir", "ara"), fromBorder.person().languages());
        assertEquals("feed:reception", fromBorder.createdBy());
        AsylumApplication atReception = applications.get(1);
        assertEquals(MadeWhere.RECEPTION, atReception.madeWhere());
        assertEquals(WISH, atReception.madeAt());
        assertEquals(Stage.MADE, atReception.stage());
        assertEquals(2, rsd.fired(ApplicationOpened.class).size(), "triage is told of each");
        assertEquals(
                2,
                rsd.count(
                        "SELECT COUNT(e) FROM OutboxEvent e WHERE e.type = 'org.asylon.rsd.claim-pending.v1'"));
        assertEquals(
                2,
                rsd.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'application.opened'"));
    }

    @Test
    void
            theApplicationIsMadeWhenTheProtectionRequestWasFirstExpressedAndTheRegistrationDeadlineRunsFromIt() {
        Instant askedAtTheBorder = WISH.minusSeconds(3 * 86_400);
        String arrival = feed.registered("Tesfay", false);
        feed.referred(
                arrival,
                "ASYLUM_PROCEDURE",
                WISH,
                "BORDER",
                d -> d.add("protectionRequestedAt", askedAtTheBorder.toString()));
        applyAll();

        AsylumApplication application = rsd.applications().get(0);
        assertEquals(
                askedAtTheBorder,
                application.madeAt(),
                "entry's time of the request, not reception's");
        CaseDeadline registration =
                rsd.tx(d -> d.deadlines.deadlines(application.id())).stream()
                        .filter(d -> d.rule().equals(DeadlineRules.REGISTRATION))
                        .findFirst()
                        .orElseThrow();
        assertEquals(askedAtTheBorder, registration.anchorAt());
        assertEquals(
                LocalDate.parse("2026-03-04"),
                registration.dueDate(),
                "P5D from 27 February (convention-1951)");
        assertEquals(
                1,
                rsd.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'application.made-at'"
                                + " AND r.details LIKE '% from protectionRequestedAt%'"));
    }

    @Test
    void withoutProtectionRequestedAtTheApplicationIsMadeWhenReceptionSaysAndTheAuditSaysSo() {
        String older = feed.registered("Nazari", false);
        feed.referred(older, "ASYLUM_PROCEDURE", WISH, "RECEPTION");
        String unreadable = feed.registered("Karimi", false);
        feed.referred(
                unreadable,
                "ASYLUM_PROCEDURE",
                WISH,
                "RECEPTION",
                d -> d.add("protectionRequestedAt", "last week"));
        applyAll();

        assertEquals(
                List.of(WISH, WISH),
                rsd.applications().stream().map(AsylumApplication::madeAt).toList(),
                "an older event, or one whose time cannot be read, falls back to asylumRequestedAt; the feed goes on");
        assertEquals(
                2,
                rsd.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'application.made-at'"
                                + " AND r.details LIKE '% from asylumRequestedAt'"));
    }

    @Test
    void theInterviewLanguageIsTheFirstLanguageTheReferralCarries() {
        String dari = feed.registered("Ahmadi", false);
        feed.referred(
                dari,
                "ASYLUM_PROCEDURE",
                WISH,
                "RECEPTION",
                d ->
                        d.add(
                                "languages",
                                Json.createArrayBuilder()
                                        .add("Dari")
                                        .add(7)
                                        .add("prs")
                                        .add("ara")));
        String none = feed.registered("Yusuf", false);
        feed.referred(none, "ASYLUM_PROCEDURE", WISH.plusSeconds(60), "RECEPTION");
        String odd = feed.registered("Warsame", false);
        feed.referred(
                odd,
                "ASYLUM_PROCEDURE",
                WISH.plusSeconds(120),
                "RECEPTION",
                d -> d.add("languages", "som"));
        applyAll();

        List<AsylumApplication> applications = rsd.applications();
        assertEquals(
                "prs", applications.get(0).interpreter().language(), "the first ISO 639-3 code");
        assertFalse(
                applications.get(0).interpreter().sameGenderInterviewer(),
                "the feed knows of no such request");
        assertEquals(
                null,
                applications.get(1).interpreter().language(),
                "no languages on the referral: none");
        assertEquals(null, applications.get(2).interpreter().language(), "not a list: ignored");
        assertEquals(
                List.of("tir", "ara"),
                applications.get(1).person().languages(),
                "the arrival's languages stay");
    }

    @Test
    void aPersonWhoseClaimWasWithdrawnAndWhoAsksAgainAtReceptionHasItReopenedUnderConvention1951() {
        String arrival = feed.registered("Rahimi", false);
        feed.referred(arrival, "ASYLUM_PROCEDURE", WISH, "RECEPTION");
        applyAll();
        String id = rsd.applications().get(0).id();
        rsd.clock.set(WISH.plusSeconds(30 * 86_400L));
        rsd.run(
                d ->
                        d.applications.withdraw(
                                id,
                                "*",
                                Outcome.IMPLICITLY_WITHDRAWN,
                                Staff.caller(Staff.SUPERVISOR)));
        rsd.clock.set(WISH.plusSeconds(40 * 86_400L));
        Instant again = WISH.plusSeconds(39 * 86_400L);
        feed.referred(arrival, "ASYLUM_PROCEDURE", again, "RECEPTION");
        applyAll(); // the first referral is offered again too: it came before the withdrawal and
        // changes nothing

        assertEquals(1, rsd.applications().size());
        AsylumApplication reopened = rsd.applications().get(0);
        assertEquals(Stage.MADE, reopened.stage());
        assertEquals(again, reopened.reopenedAt());
        assertEquals(1, rsd.events("org.asylon.rsd.claim-reopened.v1").size());
        assertEquals(
                1,
                rsd.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'application.renewed-request'"));
    }

    @Test
    void underTheEuPactTheRenewedReferralOpensASubsequentApplicationOnceLinkedToTheWithdrawnOne() {
        try (RsdFixture pact = RsdFixture.under("eu-pact-2026")) {
            String arrival = feed.registered("Rahimi", false);
            feed.referred(arrival, "ASYLUM_PROCEDURE", WISH, "RECEPTION");
            feed.events.forEach(
                    e -> pact.feeds.apply(ApplicationsFromReception.FEED, e, pact.fromReception));
            String first = pact.applications().get(0).id();
            pact.clock.set(WISH.plusSeconds(30 * 86_400L));
            pact.run(
                    d ->
                            d.applications.withdraw(
                                    first, "*", Outcome.WITHDRAWN, Staff.caller(Staff.SUPERVISOR)));
            pact.clock.set(WISH.plusSeconds(40 * 86_400L));
            feed.referred(arrival, "ASYLUM_PROCEDURE", WISH.plusSeconds(39 * 86_400L), "BORDER");
            feed.events.forEach(
                    e -> pact.feeds.apply(ApplicationsFromReception.FEED, e, pact.fromReception));
            pact.db.inTransaction(
                    em ->
                            feed.events.forEach(
                                    e -> pact.fromReception.apply(e, em))); // a reset cursor

            List<AsylumApplication> both = pact.applications();
            assertEquals(
                    2,
                    both.size(),
                    "one subsequent application, however often the referral is delivered");
            AsylumApplication subsequent = both.get(1);
            assertEquals(first, subsequent.earlierApplicationId());
            assertEquals(arrival, subsequent.sourceArrivalId());
            assertEquals(1, subsequent.renewal());
            assertEquals(MadeWhere.BORDER, subsequent.madeWhere());
            assertEquals(WISH.plusSeconds(39 * 86_400L), subsequent.madeAt());
            assertEquals(Stage.WITHDRAWN, both.get(0).stage());
        }
    }

    @Test
    void anOfficersReferralWithoutARecordedWishCountsAsMadeAtReceptionWhenDecided() {
        String arrival = feed.registered("Haddad", false);
        feed.referred(arrival, "ASYLUM_PROCEDURE", null, null);
        applyAll();

        AsylumApplication application = rsd.applications().get(0);
        assertEquals(MadeWhere.RECEPTION, application.madeWhere());
        assertEquals(feed.decidedAt, application.madeAt());
    }

    @Test
    void otherChannelsAndOtherEventsOpenNothing() {
        String child = feed.registered("Warsame", true);
        feed.referred(child, "CHILD_PROTECTION", null, null);
        String returnee = feed.registered("Traveller", false);
        feed.referred(returnee, "ASSISTED_VOLUNTARY_RETURN", null, null);
        feed.event(
                "org.asylon.reception.consent-withdrawn.v1",
                Json.createObjectBuilder()
                        .add("arrivalId", returnee)
                        .add("referralId", "r")
                        .add("purpose", "X"));
        feed.event(
                "org.asylon.reception.household-created.v1",
                Json.createObjectBuilder()
                        .add("householdId", "h")
                        .add("arrivalIds", Json.createArrayBuilder().add(child)));
        applyAll();

        assertTrue(rsd.applications().isEmpty());
        assertEquals(
                2,
                rsd.count("SELECT COUNT(a) FROM ReceptionArrival a"),
                "every arrival is remembered");
    }

    @Test
    void redeliveredEventsAndASecondReferralOpenNoSecondApplication() {
        String arrival = feed.registered("Rahimi", false);
        feed.referred(arrival, "ASYLUM_PROCEDURE", null, null);
        feed.referred(
                arrival,
                "ASYLUM_PROCEDURE",
                WISH,
                "RECEPTION"); // the wish recorded after the officer's referral
        applyAll();
        for (CloudEvent event : feed.events) {
            assertFalse(
                    rsd.feeds.apply(ApplicationsFromReception.FEED, event, rsd.fromReception),
                    "a redelivery does nothing");
        }
        // the handler itself is idempotent too, should a cursor ever be reset
        rsd.db.inTransaction(em -> feed.events.forEach(e -> rsd.fromReception.apply(e, em)));

        assertEquals(1, rsd.applications().size());
        assertEquals(
                1,
                rsd.count(
                        "SELECT COUNT(e) FROM OutboxEvent e WHERE e.type = 'org.asylon.rsd.claim-pending.v1'"));
        assertEquals(
                (long) feed.events.size(),
                (long) rsd.db.readInTransaction(em -> FeedCursors.position(em, "reception")));
    }

    @Test
    void vulnerabilitiesAssessedBeforeTheReferralArriveWithTheApplication() {
        String arrival = feed.registered("Ahmadi", false);
        feed.vulnerability(arrival, "PRIORITY", "SURVIVOR_OF_TORTURE_OR_VIOLENCE");
        feed.vulnerability(arrival, "STANDARD", "UNACCOMPANIED_OR_SEPARATED_CHILD", "OTHER");
        feed.referred(arrival, "ASYLUM_PROCEDURE", WISH, "RECEPTION");
        applyAll();

        AsylumApplication application = rsd.applications().get(0);
        assertEquals(
                List.of(
                        "OTHER",
                        "SURVIVOR_OF_TORTURE_OR_VIOLENCE",
                        "UNACCOMPANIED_OR_SEPARATED_CHILD"),
                application.vulnerabilities());
        assertTrue(application.priority(), "priority once raised stays");
        assertTrue(application.unaccompaniedChild());
        assertTrue(
                rsd.fired(FlagsChanged.class).isEmpty(),
                "triage sees them when the application opens");
    }

    @Test
    void vulnerabilitiesAssessedLaterReachTheApplicationAndTriageIsTold() {
        String arrival = feed.registered("Yusuf", false);
        feed.referred(arrival, "ASYLUM_PROCEDURE", WISH, "RECEPTION");
        feed.vulnerability(arrival, "PRIORITY", "SERIOUS_MEDICAL_CONDITION");
        feed.vulnerability(
                arrival, "PRIORITY", "SERIOUS_MEDICAL_CONDITION"); // a second, identical assessment
        applyAll();

        AsylumApplication application = rsd.applications().get(0);
        assertEquals(List.of("SERIOUS_MEDICAL_CONDITION"), application.vulnerabilities());
        assertTrue(application.priority());
        assertFalse(application.unaccompaniedChild());
        assertEquals(
                1,
                rsd.fired(FlagsChanged.class).size(),
                "told once: the second assessment changed nothing");
        assertEquals(application.id(), rsd.fired(FlagsChanged.class).get(0).application().id());
        assertEquals(
                2,
                rsd.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'application.vulnerabilities-noted'"));
    }

    @Test
    void anUnaccompaniedChildIsMarkedSo() {
        String child = feed.registered("Warsame", true);
        feed.referred(child, "ASYLUM_PROCEDURE", WISH, "BORDER");
        applyAll();

        assertTrue(rsd.applications().get(0).unaccompaniedChild());
    }

    @Test
    void aFailingEventLeavesNeitherEffectNorCursorAndIsOfferedAgain() {
        String known = feed.registered("Nazari", false);
        feed.referred("never-registered", "ASYLUM_PROCEDURE", WISH, "RECEPTION");
        CloudEvent first = feed.events.get(0);
        CloudEvent broken = feed.events.get(1);
        assertTrue(rsd.feeds.apply(ApplicationsFromReception.FEED, first, rsd.fromReception));

        assertThrows(
                IllegalStateException.class,
                () -> rsd.feeds.apply(ApplicationsFromReception.FEED, broken, rsd.fromReception));
        assertEquals(
                1L, (long) rsd.db.readInTransaction(em -> FeedCursors.position(em, "reception")));
        assertTrue(rsd.applications().isEmpty());
        assertEquals(
                1,
                rsd.count(
                        "SELECT COUNT(a) FROM ReceptionArrival a WHERE a.arrivalId = '"
                                + known
                                + "'"));
    }

    private void applyAll() {
        for (CloudEvent event : feed.events) {
            rsd.feeds.apply(ApplicationsFromReception.FEED, event, rsd.fromReception);
        }
    }

    /** Reception's feed as reception writes it (modules/reception/README.md, Events). */
    private static final class ReceptionFeed {

        final List<CloudEvent> events = new ArrayList<>();
        final Instant decidedAt = Instant.parse("2026-03-05T10:00:00Z");

        String registered(String surname, boolean unaccompaniedChild) {
            String id = UUID.randomUUID().toString();
            event(
                    "org.asylon.reception.arrival-registered.v1",
                    Json.createObjectBuilder()
                            .add("arrivalId", id)
                            .add("surname", surname)
                            .add("givenNames", "A.")
                            .add("dateOfBirth", "1990")
                            .add("sex", "F")
                            .add("nationalities", Json.createArrayBuilder().add("ERI"))
                            .add("languages", Json.createArrayBuilder().add("tir").add("ara"))
                            .add("unaccompaniedChild", unaccompaniedChild)
                            .add("asylumRequested", false)
                            .add("registeredAt", "2026-03-01T12:00:00Z"));
            return id;
        }

        void referred(String arrivalId, String channel, Instant wish, String where) {
            referred(arrivalId, channel, wish, where, data -> {});
        }

        /**
         * A referral with the fields {@code more} adds (those other helpers add to reception's
         * events).
         */
        void referred(
                String arrivalId,
                String channel,
                Instant wish,
                String where,
                Consumer<JsonObjectBuilder> more) {
            JsonObjectBuilder data =
                    Json.createObjectBuilder()
                            .add("arrivalId", arrivalId)
                            .add("channel", channel)
                            .add("reason", "counselling")
                            .add("decidedAt", (wish == null ? decidedAt : wish).toString());
            if (wish != null) {
                data.add("asylumRequestedAt", wish.toString()).add("asylumRequestedWhere", where);
            }
            more.accept(data);
            event("org.asylon.reception.referral-made.v1", data);
        }

        void vulnerability(String arrivalId, String priority, String... categories) {
            var array = Json.createArrayBuilder();
            for (String category : categories) {
                array.add(category);
            }
            event(
                    "org.asylon.reception.vulnerability-recorded.v1",
                    Json.createObjectBuilder()
                            .add("arrivalId", arrivalId)
                            .add("assessmentId", UUID.randomUUID().toString())
                            .add("categories", array)
                            .add("priority", priority)
                            .add("assessedAt", "2026-03-03T09:00:00Z"));
        }

        void event(String type, JsonObjectBuilder data) {
            events.add(
                    new CloudEvent(
                            UUID.randomUUID().toString(),
                            "/reception",
                            type,
                            "arrivals/x",
                            OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC),
                            events.size() + 1L,
                            data.build()));
        }
    }
}
