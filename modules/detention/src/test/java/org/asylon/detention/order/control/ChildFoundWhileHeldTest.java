package org.asylon.detention.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.detention.Fixture;
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
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * A person found to be a child after the order was issued — by the border's unaccompanied-child
 * finding on entry's feed or at the desk — is not left detained unnoticed: where the profile never
 * allows a child to be detained (convention-1951, UNHCR position of January 2017) release is due at
 * once; where it allows it as a last resort (eu-pact-2026, RCD Art 13(2)) the order goes to review
 * now until a review records why detention is in the child's best interests.
 */
class ChildFoundWhileHeldTest {

    static final Caller AUTHORITY = Caller.withRoles("authority", Roles.DETENTION_AUTHORITY);

    static OrderTerms terms(Fixture fx, Room room, String ground) {
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
                fx.clock.instant(),
                room.facilityId(),
                room.id(),
                null,
                null);
    }

    static String etag(Fixture fx, String personOrOrder, boolean person) {
        return "\""
                + fx.at(
                        d ->
                                person
                                        ? d.people.find(personOrOrder).version()
                                        : d.orders.find(personOrOrder).version())
                + "\"";
    }

    static CloudEvent entry(String type, JsonObject data) {
        return new CloudEvent(
                "e",
                "/entry",
                "org.asylon.entry." + type + ".v1",
                "s",
                OffsetDateTime.parse("2026-12-01T06:00:00Z"),
                1,
                data);
    }

    @Test
    void
            aChildFoundByTheBorderAfterTheOrderMakesReleaseDueWhereChildrenAreNeverDetainedUnhcrPosition2017() {
        try (Fixture fx = new Fixture("convention-1951")) {
            Room room = fx.room(4);
            fx.follow(
                    entry(
                            "encounter-registered",
                            Jsons.object()
                                    .add("encounterId", "enc-9")
                                    .add("kind", "LAND_BORDER")
                                    .add(
                                            "person",
                                            Jsons.object()
                                                    .add("statedSurname", "Haidari")
                                                    .add("dateOfBirth", "2001-04")
                                                    .add("nationalities", Jsons.array().add("AFG")))
                                    .add("unaccompaniedChild", false)
                                    .add("protectionRequested", false)
                                    .build()));
            fx.follow(entry("outcome-decided", outcome("enc-9", false)));
            String person =
                    fx.at(
                            d ->
                                    d.people
                                            .list(
                                                    new org.asylon.detention.person.control
                                                            .PeopleFilter(
                                                            null, null, "enc-9", null, 10),
                                                    "authority")
                                            .get(0)
                                            .id());
            DetentionOrder order =
                    fx.at(d -> d.orders.issue(person, terms(fx, room, "identity"), "authority"));
            assertNull(order.releaseDue(fx.clock.instant()));

            fx.follow(entry("outcome-suspended", outcome("enc-9", true)));

            DetentionOrder now = fx.at(d -> d.orders.find(order.id()));
            assertTrue(now.childDetained());
            assertEquals(OrderStatus.REVIEW_NOW, now.status());
            assertEquals(DetentionLaw.CHILDREN, now.reviewNowRule());
            assertEquals(ReleaseReason.CHILD_FOUND, now.releaseDue(fx.clock.instant()).reason());
            assertEquals(1, fx.events(OrderEvents.RELEASE_DUE).size());
            assertTrue(fx.events(OrderEvents.RELEASE_DUE).get(0).contains("CHILD_FOUND"));
            assertEquals(
                    List.of(order.id()),
                    fx.at(d -> d.orders.childrenHeld().stream().map(o -> o.id()).toList()));
            ProblemException continued =
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    fx.at(
                                            d ->
                                                    d.orders.review(
                                                            order.id(),
                                                            etag(fx, order.id(), false),
                                                            new Review(
                                                                    AuthorityKind.ADMINISTRATIVE,
                                                                    ReviewOutcome.CONTINUED,
                                                                    "r",
                                                                    null,
                                                                    null,
                                                                    null,
                                                                    "best interests"),
                                                            AUTHORITY)));
            assertEquals(DetentionLaw.CHILDREN, continued.extensions().get("rule"));
            assertTrue(
                    ((String) continued.extensions().get("legalBasis")).contains("2017"),
                    "the profile's basis");
        }
    }

    private static JsonObject outcome(String encounter, boolean child) {
        return Jsons.object()
                .add("encounterId", encounter)
                .add("outcome", "HANDED_TO_DETENTION")
                .add("status", child ? "SUSPENDED" : "DECIDED")
                .add("decidedAt", "2026-12-01T06:00:00Z")
                .add("unaccompaniedChild", child)
                .build();
    }

    @Test
    void aChildFoundAtTheDeskPutsTheOrderIntoReviewUntilBestInterestsReasonsRcdArt13_2() {
        try (Fixture fx = new Fixture("eu-pact-2026")) {
            Room room = fx.room(4);
            String person = fx.person(ProtectionState.APPLICANT, "1990", false);
            DetentionOrder order =
                    fx.at(d -> d.orders.issue(person, terms(fx, room, "identity"), "authority"));
            fx.clock.advance(Duration.ofDays(2));
            fx.at(
                    d ->
                            d.people.recordChild(
                                    person,
                                    etag(fx, person, true),
                                    "age assessment report 2026/9",
                                    "officer"));
            fx.at(
                    d ->
                            d.people.recordChild(
                                    person, etag(fx, person, true), "told again", "officer"));
            DetentionOrder now = fx.at(d -> d.orders.find(order.id()));
            assertTrue(now.childDetained());
            assertEquals(OrderStatus.REVIEW_NOW, now.status());
            assertEquals(DetentionLaw.CHILDREN, now.reviewNowRule());
            assertNull(now.releaseDue(fx.clock.instant()), "last resort: review, not release");
            assertEquals(1, fx.events(OrderEvents.ORDER_REVIEW_NOW).size(), "published once");
            assertTrue(fx.events(OrderEvents.ORDER_REVIEW_NOW).get(0).contains("children"));

            ProblemException noReasons =
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    fx.at(
                                            d ->
                                                    d.orders.review(
                                                            order.id(),
                                                            etag(fx, order.id(), false),
                                                            new Review(
                                                                    AuthorityKind.ADMINISTRATIVE,
                                                                    ReviewOutcome.CONTINUED,
                                                                    "the ground still holds",
                                                                    null,
                                                                    null,
                                                                    null),
                                                            AUTHORITY)));
            assertEquals(ProblemType.RULE_VIOLATED, noReasons.type());
            assertEquals(DetentionLaw.CHILDREN, noReasons.extensions().get("rule"));
            assertTrue(((String) noReasons.extensions().get("legalBasis")).contains("Art 13(2)"));

            DetentionOrder reviewed =
                    fx.at(
                            d ->
                                    d.orders.review(
                                            order.id(),
                                            etag(fx, order.id(), false),
                                            new Review(
                                                    AuthorityKind.ADMINISTRATIVE,
                                                    ReviewOutcome.CONTINUED,
                                                    "the ground still holds",
                                                    null,
                                                    null,
                                                    null,
                                                    "kept with her mother, who is held ..."),
                                            AUTHORITY));
            assertEquals(OrderStatus.ACTIVE, reviewed.status());
            assertEquals("kept with her mother, who is held ...", reviewed.bestInterestsReasons());
            assertTrue(reviewed.childDetained(), "still a child held: the alert stays");
        }
    }
}
