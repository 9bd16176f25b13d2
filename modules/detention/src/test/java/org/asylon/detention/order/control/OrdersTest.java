package org.asylon.detention.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.Fixture;
import org.asylon.detention.alternative.control.NewAlternativeTerms;
import org.asylon.detention.order.entity.AlternativeConsidered;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderStatus;
import org.asylon.detention.order.entity.OrderTerms;
import org.asylon.detention.order.entity.ReleaseReason;
import org.asylon.detention.order.entity.ReviewOutcome;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The orders desk over detention's real schema under eu-pact-2026: the person placed, one order at
 * a time, time served on the same ground counted (UNHCR Guideline 6, paras 44–46), a claim at the
 * desk putting a return order into review (RCD Art 10(1)), protection granted making release due,
 * extension only by the authority the profile names and never beyond the extended maximum (Return
 * Directive Art 15(6), UNHCR Guideline 4.2), reviews (RCD Art 11(3)), release ending the placement,
 * and the queues the alert queue reads.
 */
class OrdersTest {

    static final Caller AUTHORITY = Caller.withRoles("authority", Roles.DETENTION_AUTHORITY);
    static final Caller CLERK = Caller.withRoles("clerk", Roles.COURT_CLERK);
    static final Caller OFFICER = Caller.withRoles("officer", Roles.DETENTION_OFFICER);

    private final Fixture fx = new Fixture("eu-pact-2026");
    private final Room room = fx.room(4);

    @AfterEach
    void close() {
        fx.close();
    }

    OrderTerms terms(String ground, Instant startsAt, String roomId, String facilityId) {
        DetentionLaw law = new DetentionCalendar(fx.profile.profile()).law();
        return new OrderTerms(
                ground,
                "has absconded twice before",
                "no less coercive measure would secure ...",
                law.alternatives().value().stream()
                        .map(code -> new AlternativeConsidered(code, "tried before, failed"))
                        .toList(),
                AuthorityKind.ADMINISTRATIVE,
                "Immigration Office",
                startsAt,
                facilityId,
                roomId,
                null,
                null);
    }

    DetentionOrder issue(String personId, String ground) {
        return fx.at(
                d ->
                        d.orders.issue(
                                personId,
                                terms(ground, fx.clock.instant(), room.id(), room.facilityId()),
                                "authority"));
    }

    String etag(DetentionOrder o) {
        return "\"" + fx.at(d -> d.orders.find(o.id()).version()) + "\"";
    }

    @Test
    void anOrderPlacesThePersonAndPublishesCodesIdsAndTimesOnly() {
        String person = fx.person(ProtectionState.NONE, "1990-01-01", false);
        DetentionOrder order = issue(person, "return-preparation");
        assertEquals(
                room.id(),
                fx.at(d -> d.placements.current(person).orElseThrow().roomId()),
                "placed in the room");
        String issued = fx.events(OrderEvents.ORDER_ISSUED).get(0);
        assertTrue(issued.contains("\"groundCode\":\"return-preparation\""), issued);
        assertTrue(issued.contains("\"regime\":\"WITHOUT_CLAIM\""), issued);
        assertTrue(issued.contains("\"childDetained\":false"), issued);
        assertFalse(issued.contains("absconded"), "no assessment text on the feed");
        assertEquals(OrderStatus.ACTIVE, order.status());

        ProblemException twice =
                assertThrows(ProblemException.class, () -> issue(person, "return-preparation"));
        assertEquals(ProblemType.CONFLICT, twice.type(), "one order at a time");
    }

    @Test
    void aRoomOfAnotherFacilityIsRefused() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.issue(
                                                        person,
                                                        terms(
                                                                "return-preparation",
                                                                fx.clock.instant(),
                                                                room.id(),
                                                                "another-facility"),
                                                        "authority")));
        assertEquals("roomId", e.fieldErrors().get(0).field());
    }

    @Test
    void timeServedUnderAnEarlierOrderOnTheSameGroundCountsGuideline6Paras44to46() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        DetentionOrder first = issue(person, "return-preparation");
        fx.clock.advance(Duration.ofDays(10));
        fx.at(
                d ->
                        d.orders.release(
                                first.id(),
                                etag(first),
                                new Release(ReleaseReason.OTHER, null, null),
                                AUTHORITY));
        assertTrue(fx.at(d -> d.placements.current(person)).isEmpty(), "placement ended");
        fx.clock.advance(Duration.ofDays(1));
        DetentionOrder again = issue(person, "return-preparation");
        assertEquals(Duration.ofDays(10), again.servedBefore());
        Instant fresh =
                new DetentionCalendar(fx.profile.profile())
                        .schedule(
                                again.regime(),
                                AuthorityKind.ADMINISTRATIVE,
                                false,
                                again.startsAt(),
                                Duration.ZERO)
                        .maximumAt();
        assertTrue(again.maximumAt().isBefore(fresh.minus(Duration.ofDays(9))), "less 10 days");

        fx.clock.advance(Duration.ofDays(1));
        fx.at(
                d ->
                        d.orders.release(
                                again.id(),
                                etag(again),
                                new Release(ReleaseReason.OTHER, null, null),
                                AUTHORITY));
        assertEquals(
                Duration.ofDays(11),
                issue(person, "transfer").servedBefore(),
                "another ground to the same maximum counts the time served too");
    }

    @Test
    void anApplicantsOrderDoesNotCountTimeServedUnderTheReturnMaximumGuideline6Paras44to46() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        DetentionOrder first = issue(person, "return-preparation");
        fx.clock.advance(Duration.ofDays(10));
        release(first, null);
        fx.at(
                d ->
                        d.people.checkProtection(
                                person,
                                "\"" + d.people.find(person).version() + "\"",
                                ProtectionState.APPLICANT,
                                "asylum authority letter 2026/123",
                                "authority"));
        assertEquals(
                Duration.ZERO,
                issue(person, "identity").servedBefore(),
                "detention.maximum is another maximum than return.detention.maximum");
    }

    @Test
    void aReleaseDatedBeforeTheLastReviewOrTheLatestPlacementIsRefusedGuideline6Paras44to46() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        DetentionOrder order = issue(person, "return-preparation");
        fx.clock.advance(Duration.ofDays(5));
        Instant reviewed = fx.clock.instant();
        fx.at(
                d ->
                        d.orders.review(
                                order.id(),
                                etag(order),
                                new Review(
                                        AuthorityKind.ADMINISTRATIVE,
                                        ReviewOutcome.CONTINUED,
                                        "the ground still holds",
                                        null,
                                        null,
                                        null),
                                AUTHORITY));
        ProblemException beforeReview =
                assertThrows(
                        ProblemException.class, () -> release(order, reviewed.minusSeconds(60)));
        assertEquals("at", beforeReview.fieldErrors().get(0).field());

        fx.clock.advance(Duration.ofDays(1));
        Room other =
                fx.at(
                        d ->
                                d.facilities.addRoom(
                                        room.facilityId(),
                                        "C",
                                        org.asylon.detention.place.entity.RoomUse.SINGLE,
                                        new java.math.BigDecimal("7"),
                                        new java.math.BigDecimal("2.5"),
                                        new java.math.BigDecimal("2.6"),
                                        "manager"));
        fx.at(d -> d.orders.move(order.id(), etag(order), other.id(), "officer"));
        ProblemException beforePlacement =
                assertThrows(
                        ProblemException.class, () -> release(order, reviewed.plusSeconds(60)));
        assertEquals("at", beforePlacement.fieldErrors().get(0).field());
        assertEquals(
                Duration.ofDays(6), release(order, fx.clock.instant()).served(fx.clock.instant()));
    }

    DetentionOrder release(DetentionOrder order, Instant at) {
        return fx.at(
                d ->
                        d.orders.release(
                                order.id(),
                                etag(order),
                                new Release(ReleaseReason.OTHER, at, null),
                                AUTHORITY));
    }

    @Test
    void aClaimOnAGroundLawfulForBothGivesTheApplicantsMaximumAndNoExtensionRcdArts10_1And11_1() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        DetentionOrder order = issue(person, "transfer");
        assertEquals(DetentionLaw.RETURN_MAXIMUM, order.maximumRule());
        Instant returnEnd = order.maximumAt();
        fx.clock.advance(Duration.ofDays(1));
        fx.at(
                d ->
                        d.people.checkProtection(
                                person,
                                "\"" + d.people.find(person).version() + "\"",
                                ProtectionState.APPLICANT,
                                "asylum authority letter 2026/123",
                                "authority"));
        DetentionOrder now = fx.at(d -> d.orders.find(order.id()));
        assertEquals(OrderStatus.ACTIVE, now.status(), "transfer is lawful for an applicant");
        assertEquals(org.asylon.detention.order.entity.Regime.APPLICANT, now.regime());
        assertEquals(DetentionLaw.MAXIMUM, now.maximumRule());
        Instant applicantEnd =
                new DetentionCalendar(fx.profile.profile())
                        .schedule(
                                now.regime(),
                                AuthorityKind.ADMINISTRATIVE,
                                false,
                                now.startsAt(),
                                Duration.ZERO)
                        .maximumAt();
        assertEquals(applicantEnd, now.maximumAt(), "the applicant's maximum, from the start");
        assertTrue(applicantEnd.isBefore(returnEnd));
        String changed = fx.events(OrderEvents.ORDER_REGIME_CHANGED).get(0);
        assertTrue(changed.contains("\"regime\":\"APPLICANT\""), changed);
        assertTrue(changed.contains("\"previousRegime\":\"WITHOUT_CLAIM\""), changed);
        ProblemException extend =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.extend(
                                                        order.id(),
                                                        etag(order),
                                                        new Extension(
                                                                "r",
                                                                "p",
                                                                returnEnd.plusSeconds(60),
                                                                "Court",
                                                                "1/26"),
                                                        CLERK)));
        assertEquals(
                DetentionLaw.EXTENDED_MAXIMUM,
                extend.extensions().get("rule"),
                "no extension of an applicant's detention in this profile");
    }

    @Test
    void anUnknownRoomIsAFieldErrorNamingRoomIdNotAMissingPage() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.issue(
                                                        person,
                                                        terms(
                                                                "return-preparation",
                                                                fx.clock.instant(),
                                                                "no-such-room",
                                                                room.facilityId()),
                                                        "authority")));
        assertEquals(ProblemType.VALIDATION_FAILED, e.type());
        assertEquals("roomId", e.fieldErrors().get(0).field());
        DetentionOrder order = issue(person, "return-preparation");
        ProblemException move =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.move(
                                                        order.id(),
                                                        etag(order),
                                                        "no-such-room",
                                                        "officer")));
        assertEquals("roomId", move.fieldErrors().get(0).field());
    }

    @Test
    void aClaimRecordedAtTheDeskPutsAReturnOrderIntoReviewNowAndMakesReleaseDueRcdArt10_1() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        DetentionOrder order = issue(person, "return-preparation");
        fx.clock.advance(Duration.ofHours(5));
        fx.at(
                d ->
                        d.people.checkProtection(
                                person,
                                "\"" + d.people.find(person).version() + "\"",
                                ProtectionState.APPLICANT,
                                "asylum authority letter 2026/123",
                                "authority"));
        DetentionOrder now = fx.at(d -> d.orders.find(order.id()));
        assertEquals(OrderStatus.REVIEW_NOW, now.status());
        assertEquals(DetentionLaw.WHILE_CLAIM_PENDING, now.reviewNowRule());
        assertEquals(fx.clock.instant(), now.reviewNowSince());
        String event = fx.events(OrderEvents.ORDER_REVIEW_NOW).get(0);
        assertTrue(event.contains("\"rule\":\"" + DetentionLaw.WHILE_CLAIM_PENDING + "\""), event);
        assertEquals(
                List.of(order.id()),
                fx.at(d -> d.orders.heldOnLapsedGround().stream().map(o -> o.id()).toList()));
        assertEquals(
                ReleaseReason.GROUND_LAPSED,
                now.releaseDue(fx.clock.instant()).reason(),
                "release is due as well (issue 11 §4: ground lapsed)");
        assertTrue(fx.events(OrderEvents.RELEASE_DUE).get(0).contains("GROUND_LAPSED"));
        assertEquals(
                List.of(order.id()),
                fx.at(
                        d ->
                                d.orders.releasesOverdue(fx.clock.instant()).stream()
                                        .map(o -> o.id())
                                        .toList()));
        ProblemException extend =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.extend(
                                                        order.id(),
                                                        etag(order),
                                                        new Extension(
                                                                "r",
                                                                "p",
                                                                now.maximumAt().plusSeconds(60),
                                                                "Court",
                                                                "1/26"),
                                                        CLERK)));
        assertEquals(
                DetentionLaw.WHILE_CLAIM_PENDING,
                extend.extensions().get("rule"),
                "a lapsed ground is reviewed, not extended");
    }

    @Test
    void protectionGrantedMakesReleaseDueAndTheReleaseEndsThePlacementGuideline6() {
        String person = fx.person(ProtectionState.APPLICANT, "1990", false);
        DetentionOrder order = issue(person, "identity");
        fx.clock.advance(Duration.ofDays(2));
        fx.at(
                d ->
                        d.people.checkProtection(
                                person,
                                "\"" + d.people.find(person).version() + "\"",
                                ProtectionState.PROTECTED,
                                "recognition decision 2026/77",
                                "authority"));
        assertEquals(1, fx.events(OrderEvents.RELEASE_DUE).size());
        assertEquals(
                List.of(order.id()),
                fx.at(
                        d ->
                                d.orders.releasesOverdue(fx.clock.instant()).stream()
                                        .map(o -> o.id())
                                        .toList()));
        DetentionOrder released =
                fx.at(
                        d ->
                                d.orders.release(
                                        order.id(),
                                        etag(order),
                                        new Release(ReleaseReason.PROTECTION_GRANTED, null, null),
                                        AUTHORITY));
        assertEquals(OrderStatus.RELEASED, released.status());
        assertNull(released.releaseDue(fx.clock.instant()));
        assertTrue(fx.at(d -> d.placements.current(person)).isEmpty());
        assertTrue(fx.at(d -> d.orders.releasesOverdue(fx.clock.instant())).isEmpty());
        assertTrue(fx.events(OrderEvents.RELEASED).get(0).contains("PROTECTION_GRANTED"));
    }

    @Test
    void
            onlyTheCourtExtendsReturnDetentionAndNeverBeyondTheExtendedMaximumReturnDirectiveArt15_6() {
        String person = fx.person(ProtectionState.NOT_PENDING, "1990", false);
        DetentionOrder order = issue(person, "return-preparation");
        Instant newEnd = order.maximumAt().plus(Duration.ofDays(60));
        ProblemException byAuthority =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.extend(
                                                        order.id(),
                                                        etag(order),
                                                        new Extension("r", "p", newEnd, null, null),
                                                        AUTHORITY)));
        assertEquals(DetentionLaw.EXTENSION_AUTHORITY, byAuthority.extensions().get("rule"));
        ProblemException noProportionality =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.extend(
                                                        order.id(),
                                                        etag(order),
                                                        new Extension(
                                                                "r", " ", newEnd, "Court", "1/26"),
                                                        CLERK)));
        assertEquals(
                DetentionLaw.EXTENSION_PROPORTIONALITY_BASIS,
                noProportionality.extensions().get("legalBasis"),
                "Guideline 4.2: proportionality at every extension");
        ProblemException beyond =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.extend(
                                                        order.id(),
                                                        etag(order),
                                                        new Extension(
                                                                "r",
                                                                "p",
                                                                order.startsAt()
                                                                        .plus(Duration.ofDays(600)),
                                                                "Court",
                                                                "1/26"),
                                                        CLERK)));
        assertEquals(DetentionLaw.RETURN_EXTENDED_MAXIMUM, beyond.extensions().get("rule"));
        DetentionOrder extended =
                fx.at(
                        d ->
                                d.orders.extend(
                                        order.id(),
                                        etag(order),
                                        new Extension(
                                                "no travel document yet",
                                                "still proportionate because ...",
                                                newEnd,
                                                "Administrative Court",
                                                "12/2026"),
                                        CLERK));
        assertEquals(newEnd, extended.maximumAt());
        assertEquals(DetentionLaw.RETURN_EXTENDED_MAXIMUM, extended.maximumRule());
        assertEquals(1, fx.events(OrderEvents.ORDER_EXTENDED).size());
    }

    @Test
    void anApplicantsDetentionHasNoExtensionInTheEuProfileRcdArt11_1() {
        String person = fx.person(ProtectionState.APPLICANT, "1990", false);
        DetentionOrder order = issue(person, "identity");
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.extend(
                                                        order.id(),
                                                        etag(order),
                                                        new Extension(
                                                                "r",
                                                                "p",
                                                                order.maximumAt().plusSeconds(60),
                                                                "Court",
                                                                "1/26"),
                                                        CLERK)));
        assertEquals(DetentionLaw.EXTENDED_MAXIMUM, e.extensions().get("rule"));
    }

    @Test
    void
            aCourtsReviewMeetsTheExOfficioDeadlineAndAReleaseItOrdersMayBeRecordedByTheOfficerRcdArt11_3() {
        String person = fx.person(ProtectionState.APPLICANT, "1990", false);
        DetentionOrder order = issue(person, "identity");
        fx.clock.advance(Duration.ofDays(16));
        assertEquals(
                List.of(order.id()),
                fx.at(
                        d ->
                                d.orders.reviewsOverdue(fx.clock.instant()).stream()
                                        .map(o -> o.id())
                                        .toList()),
                "the judicial review is overdue after 15 days");
        ProblemException officer =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.release(
                                                        order.id(),
                                                        etag(order),
                                                        new Release(
                                                                ReleaseReason.REVIEW_ORDERED,
                                                                null,
                                                                null),
                                                        OFFICER)));
        assertEquals(ProblemType.FORBIDDEN, officer.type(), "no court ordered it yet");
        ProblemException clerkAdministrative =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.orders.review(
                                                        order.id(),
                                                        etag(order),
                                                        new Review(
                                                                AuthorityKind.ADMINISTRATIVE,
                                                                ReviewOutcome.CONTINUED,
                                                                "r",
                                                                null,
                                                                null,
                                                                null),
                                                        CLERK)));
        assertEquals(ProblemType.FORBIDDEN, clerkAdministrative.type());
        DetentionOrder reviewed =
                fx.at(
                        d ->
                                d.orders.review(
                                        order.id(),
                                        etag(order),
                                        new Review(
                                                AuthorityKind.JUDICIAL,
                                                ReviewOutcome.RELEASE_ORDERED,
                                                "the ground is not made out",
                                                "Administrative Court",
                                                "34/2026",
                                                null),
                                        CLERK));
        assertFalse(reviewed.judicialReviewAwaited());
        assertEquals(
                ReleaseReason.REVIEW_ORDERED, reviewed.releaseDue(fx.clock.instant()).reason());
        assertTrue(fx.events(OrderEvents.REVIEW_RECORDED).get(0).contains("\"kind\":\"JUDICIAL\""));
        assertEquals(1, fx.events(OrderEvents.RELEASE_DUE).size());
        DetentionOrder released =
                fx.at(
                        d ->
                                d.orders.release(
                                        order.id(),
                                        etag(order),
                                        new Release(ReleaseReason.REVIEW_ORDERED, null, null),
                                        OFFICER));
        assertEquals(OrderStatus.RELEASED, released.status());
    }

    @Test
    void theQueuesShowMaximumsReachedAndChildrenHeld() {
        String child = fx.person(ProtectionState.APPLICANT, "2015-06", false);
        DetentionLaw law = new DetentionCalendar(fx.profile.profile()).law();
        OrderTerms t = terms("identity", fx.clock.instant(), room.id(), room.facilityId());
        DetentionOrder order =
                fx.at(
                        d ->
                                d.orders.issue(
                                        child,
                                        new OrderTerms(
                                                t.groundCode(),
                                                t.necessity(),
                                                t.proportionality(),
                                                t.alternativesConsidered(),
                                                t.authorityKind(),
                                                t.authorityName(),
                                                t.startsAt(),
                                                t.facilityId(),
                                                t.roomId(),
                                                null,
                                                "kept with the mother, who is held ..."),
                                        "authority"));
        assertTrue(order.childDetained(), "a child by date of birth (" + law.ageOfMajority() + ")");
        assertEquals(
                List.of(order.id()),
                fx.at(d -> d.orders.childrenHeld().stream().map(o -> o.id()).toList()));
        assertTrue(fx.at(d -> d.orders.maximumReached(fx.clock.instant())).isEmpty());
        fx.clock.set(order.maximumAt());
        assertEquals(
                List.of(order.id()),
                fx.at(
                        d ->
                                d.orders.maximumReached(fx.clock.instant()).stream()
                                        .map(o -> o.id())
                                        .toList()));
        assertEquals(
                ReleaseReason.MAXIMUM_REACHED,
                fx.at(d -> d.orders.find(order.id()).releaseDue(fx.clock.instant())).reason());
    }

    @Test
    void aReleaseForAnAlternativeLinksItAndAMoveChangesTheRoom() {
        String person = fx.person(ProtectionState.NONE, "1990", false);
        DetentionOrder order = issue(person, "return-preparation");
        Room other =
                fx.at(
                        d ->
                                d.facilities.addRoom(
                                        room.facilityId(),
                                        "B",
                                        org.asylon.detention.place.entity.RoomUse.SINGLE,
                                        new java.math.BigDecimal("7"),
                                        new java.math.BigDecimal("2.5"),
                                        new java.math.BigDecimal("2.6"),
                                        "manager"));
        DetentionOrder moved =
                fx.at(d -> d.orders.move(order.id(), etag(order), other.id(), "officer"));
        assertEquals(other.id(), moved.roomId());
        assertEquals(other.id(), fx.at(d -> d.placements.current(person).orElseThrow().roomId()));
        String alternative =
                fx.at(
                        d ->
                                d.alternatives
                                        .order(
                                                person,
                                                new NewAlternativeTerms(
                                                        "reporting",
                                                        "report weekly at the police station",
                                                        fx.clock.instant(),
                                                        null,
                                                        "P7D"),
                                                "authority")
                                        .id());
        DetentionOrder released =
                fx.at(
                        d ->
                                d.orders.release(
                                        order.id(),
                                        etag(order),
                                        new Release(
                                                ReleaseReason.ALTERNATIVE_ORDERED,
                                                null,
                                                alternative),
                                        AUTHORITY));
        assertEquals(alternative, released.alternativeId());
        assertTrue(fx.events(OrderEvents.RELEASED).get(0).contains(alternative));
    }
}
