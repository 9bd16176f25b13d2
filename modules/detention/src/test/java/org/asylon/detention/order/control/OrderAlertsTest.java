package org.asylon.detention.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.Fixture;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.order.entity.AlternativeConsidered;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderTerms;
import org.asylon.detention.order.entity.ReleaseReason;
import org.asylon.detention.order.entity.ReviewOutcome;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The conditions the orders report to the alert queue under eu-pact-2026, each naming the rule that
 * makes it an alert: a child held (RCD Art 13(2)), a review overdue or due soon (RCD Art 11(3), the
 * periodic review), the maximum reached and a release not recorded (UNHCR Guideline 6), a ground
 * lapsed with the protection state (RCD Art 10(1)).
 */
class OrderAlertsTest {

    static final Caller AUTHORITY = Caller.withRoles("authority", Roles.DETENTION_AUTHORITY);
    static final Caller CLERK = Caller.withRoles("clerk", Roles.COURT_CLERK);

    private final Fixture fx = new Fixture("eu-pact-2026");
    private final Room room = fx.room(4);

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aChildHeldIsAnAlertUnderTheProfilesChildrenRuleUntilTheReleaseRcdArt13_2() {
        String child = fx.person(ProtectionState.APPLICANT, "2014-05-01", false);
        DetentionOrder order = issue(child, "identity", "Kept with her mother, who is held.");
        AlertCondition alert = one(AlertKind.CHILD_DETAINED);
        assertEquals("order", alert.recordType());
        assertEquals(order.id(), alert.recordId());
        assertEquals(child, alert.personId());
        assertEquals(room.facilityId(), alert.facilityId());
        assertEquals(DetentionLaw.CHILDREN, alert.rule());
        assertTrue(alert.basis().contains("13(2)"), alert.basis());

        release(order);
        assertTrue(conditions().isEmpty(), "released: no alert on the order remains");
    }

    @Test
    void theJudicialReviewFallsDueThenOverdueAndIsMetByTheCourtRcdArt11_3() {
        DetentionOrder order =
                issue(fx.person(ProtectionState.APPLICANT, "1990", false), "identity", null);
        assertTrue(conditions().isEmpty(), "nothing due on the first day");

        fx.clock.advance(Duration.ofDays(14));
        AlertCondition soon = one(AlertKind.REVIEW_DUE);
        assertEquals(DetentionLaw.JUDICIAL_REVIEW, soon.rule());
        assertEquals(order.judicialReviewDueAt(), soon.dueAt());
        assertTrue(soon.basis().contains("11(3)"), soon.basis());

        fx.clock.advance(Duration.ofDays(2));
        AlertCondition overdue = one(AlertKind.REVIEW_OVERDUE);
        assertEquals(DetentionLaw.JUDICIAL_REVIEW, overdue.rule());
        assertEquals(order.judicialReviewDueAt(), overdue.dueAt());
        assertEquals(
                List.of(AlertKind.REVIEW_OVERDUE), kinds(), "the periodic review is weeks off");

        fx.at(
                d ->
                        d.orders.review(
                                order.id(),
                                etag(order),
                                new Review(
                                        AuthorityKind.JUDICIAL,
                                        ReviewOutcome.CONTINUED,
                                        "The risk is established.",
                                        "Tribunal",
                                        "1/26",
                                        null),
                                CLERK));
        assertTrue(conditions().isEmpty(), "the court's review met the deadline");
    }

    @Test
    void whereBothReviewsAreOverdueTheEarlierIsReportedOnceThePeriodicReviewLater() {
        DetentionOrder order =
                issue(fx.person(ProtectionState.APPLICANT, "1990", false), "identity", null);
        fx.clock.advance(Duration.ofDays(35));
        List<AlertCondition> overdue = of(AlertKind.REVIEW_OVERDUE);
        assertEquals(1, overdue.size(), "one alert of a kind on an order");
        assertEquals(DetentionLaw.JUDICIAL_REVIEW, overdue.get(0).rule(), "the earlier clock");

        fx.at(
                d ->
                        d.orders.review(
                                order.id(),
                                etag(order),
                                new Review(
                                        AuthorityKind.JUDICIAL,
                                        ReviewOutcome.CONTINUED,
                                        "r",
                                        "Tribunal",
                                        "2/26",
                                        fx.clock.instant().minus(Duration.ofDays(5))),
                                CLERK));
        assertTrue(of(AlertKind.REVIEW_OVERDUE).isEmpty());
        fx.clock.advance(Duration.ofDays(30));
        AlertCondition periodic = one(AlertKind.REVIEW_OVERDUE);
        assertEquals(DetentionLaw.PERIODIC_REVIEW, periodic.rule());
    }

    @Test
    void dueSoonIsAnOperationalSettingNotALegalRule() {
        issue(fx.person(ProtectionState.APPLICANT, "1990", false), "identity", null);
        fx.clock.advance(Duration.ofDays(14));
        assertEquals(
                List.of(),
                fx.at(
                        d ->
                                new OrderAlerts(d.orders, new OrderProfile(fx.profile), "PT1H")
                                        .conditions(fx.clock.instant())),
                "an hour's warning: not yet");
        IllegalArgumentException bad =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new OrderAlerts(null, null, "two days"));
        assertTrue(bad.getMessage().contains("asylon.detention.alerts.review-due-soon"));
    }

    @Test
    void theMaximumReachedAndTheReleaseNotRecordedAreAlertsUntilTheReleaseGuideline6() {
        DetentionOrder order =
                issue(
                        fx.person(ProtectionState.NOT_PENDING, "1990", false),
                        "return-preparation",
                        null);
        fx.clock.set(order.maximumAt().minusSeconds(1));
        assertTrue(of(AlertKind.MAXIMUM_REACHED).isEmpty());
        fx.clock.set(order.maximumAt());
        AlertCondition maximum = one(AlertKind.MAXIMUM_REACHED);
        assertEquals(DetentionLaw.RETURN_MAXIMUM, maximum.rule());
        assertEquals(order.maximumAt(), maximum.dueAt());
        AlertCondition release = one(AlertKind.RELEASE_OVERDUE);
        assertEquals(DetentionLaw.RETURN_MAXIMUM, release.rule());
        assertEquals(order.maximumAt(), release.dueAt(), "due since the maximum passed");

        release(order);
        assertTrue(conditions().isEmpty());
    }

    @Test
    void aGroundThatLapsedIsAnAlertNamingTheRuleAndProtectionMakesTheReleaseOverdueRcdArt10_1() {
        String person = fx.person(ProtectionState.NOT_PENDING, "1990", false);
        DetentionOrder order = issue(person, "return-preparation", null);
        fx.clock.advance(Duration.ofHours(1));
        protection(person, ProtectionState.APPLICANT);
        AlertCondition lapsed = one(AlertKind.LAPSED_GROUND);
        assertEquals(DetentionLaw.WHILE_CLAIM_PENDING, lapsed.rule());
        assertTrue(lapsed.basis().contains("10(1)"), lapsed.basis());
        assertEquals(fx.clock.instant(), lapsed.dueAt(), "due since the ground lapsed");
        Instant lapsedAt = fx.clock.instant();
        AlertCondition overdue = one(AlertKind.RELEASE_OVERDUE);
        assertEquals(
                DetentionLaw.WHILE_CLAIM_PENDING, overdue.rule(), "release due: ground lapsed");
        assertTrue(overdue.basis().contains("10(1)"), overdue.basis());

        fx.clock.advance(Duration.ofHours(1));
        protection(person, ProtectionState.PROTECTED);
        assertEquals(DetentionLaw.PROTECTED_PERSON, one(AlertKind.LAPSED_GROUND).rule());
        AlertCondition release = one(AlertKind.RELEASE_OVERDUE);
        assertEquals(DetentionLaw.PROTECTED_PERSON, release.rule());
        assertEquals(lapsedAt, release.dueAt(), "due since the ground lapsed");
        release(order);
        assertTrue(conditions().isEmpty());
    }

    // ---- helpers ----

    private DetentionOrder issue(String personId, String ground, String bestInterests) {
        DetentionLaw law = new DetentionCalendar(fx.profile.profile()).law();
        OrderTerms terms =
                new OrderTerms(
                        ground,
                        "has absconded twice before",
                        "no less coercive measure would secure ...",
                        law.alternatives().value().stream()
                                .map(code -> new AlternativeConsidered(code, "tried, failed"))
                                .toList(),
                        AuthorityKind.ADMINISTRATIVE,
                        "Immigration Office",
                        fx.clock.instant(),
                        room.facilityId(),
                        room.id(),
                        null,
                        bestInterests);
        return fx.at(d -> d.orders.issue(personId, terms, "authority"));
    }

    private void release(DetentionOrder order) {
        fx.at(
                d ->
                        d.orders.release(
                                order.id(),
                                etag(order),
                                new Release(ReleaseReason.OTHER, null, null),
                                AUTHORITY));
    }

    private void protection(String personId, ProtectionState state) {
        fx.at(
                d ->
                        d.people.checkProtection(
                                personId,
                                "\"" + d.people.find(personId).version() + "\"",
                                state,
                                "letter",
                                "officer"));
    }

    private String etag(DetentionOrder o) {
        return "\"" + fx.at(d -> d.orders.find(o.id()).version()) + "\"";
    }

    private List<AlertCondition> conditions() {
        return fx.at(d -> d.orderAlerts.conditions(fx.clock.instant()));
    }

    private List<AlertCondition> of(AlertKind kind) {
        return conditions().stream().filter(c -> c.kind() == kind).toList();
    }

    private List<AlertKind> kinds() {
        return conditions().stream().map(AlertCondition::kind).toList();
    }

    private AlertCondition one(AlertKind kind) {
        List<AlertCondition> found = of(kind);
        assertEquals(1, found.size(), () -> kind + " in " + conditions());
        return found.get(0);
    }
}
