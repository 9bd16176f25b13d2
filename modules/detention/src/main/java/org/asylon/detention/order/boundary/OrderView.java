package org.asylon.detention.order.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.order.control.DetentionCalendar;
import org.asylon.detention.order.control.OrderClock;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderExtension;
import org.asylon.detention.order.entity.OrderReview;
import org.asylon.detention.order.entity.OrderStatus;
import org.asylon.detention.order.entity.Regime;
import org.asylon.detention.order.entity.ReleaseReason;
import org.asylon.detention.order.entity.ReviewOutcome;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.profile.ListItem;

/**
 * An order as the API shows it, with its clocks at the time of reading: {@code releaseDue} from the
 * moment a limit passes (a review ordered release, protection granted, the maximum reached) and
 * {@code releaseOverdue} until the release is recorded; {@code reviews} and {@code extensions} only
 * on the read of one order.
 */
public record OrderView(
        String id,
        long version,
        String personId,
        Ground ground,
        Regime regime,
        ProtectionState protectionAtOrder,
        OrderStatus status,
        Assessment individualAssessment,
        List<Considered> alternativesConsidered,
        Authority authority,
        Instant startsAt,
        String facilityId,
        String roomId,
        String exceptionalReviewReasons,
        String bestInterestsReasons,
        boolean childDetained,
        String servedBefore,
        List<OrderClock> clocks,
        ReviewNow reviewNow,
        ReleaseDue releaseDue,
        boolean releaseOverdue,
        Released released,
        List<ReviewView> reviews,
        List<ExtensionView> extensions,
        Instant issuedAt,
        String issuedBy) {

    public record Ground(String code, String label, String basis, String status) {}

    public record Assessment(String necessity, String proportionality) {}

    public record Considered(String code, String whyInsufficient) {}

    public record Authority(AuthorityKind kind, String name) {}

    public record ReviewNow(Instant since, String rule) {}

    public record ReleaseDue(Instant since, ReleaseReason reason) {}

    public record Released(Instant at, ReleaseReason reason, String by, String alternativeId) {}

    public record ReviewView(
            String id,
            AuthorityKind kind,
            ReviewOutcome outcome,
            String reasons,
            String court,
            String decisionReference,
            Instant reviewedAt,
            String recordedBy) {}

    public record ExtensionView(
            String id,
            String reasons,
            String proportionality,
            Instant previousEnd,
            Instant newEnd,
            String rule,
            String court,
            String decisionReference,
            String recordedBy,
            Instant recordedAt) {}

    static OrderView of(DetentionOrder o, DetentionCalendar calendar, Instant now) {
        return of(o, calendar, now, null, null);
    }

    static OrderView of(
            DetentionOrder o,
            DetentionCalendar calendar,
            Instant now,
            List<OrderReview> reviews,
            List<OrderExtension> extensions) {
        ListItem item = calendar.law().ground(o.groundCode()).orElse(null);
        DetentionOrder.ReleaseDue due = o.releaseDue(now);
        return new OrderView(
                o.id(),
                o.version(),
                o.personId(),
                new Ground(
                        o.groundCode(),
                        item == null ? null : item.label(),
                        item == null ? null : item.basis(),
                        item == null ? null : item.status().code()),
                o.regime(),
                o.protectionAtOrder(),
                o.status(),
                new Assessment(o.necessity(), o.proportionality()),
                o.alternativesConsidered().stream()
                        .map(a -> new Considered(a.code(), a.whyInsufficient()))
                        .toList(),
                new Authority(o.authorityKind(), o.authorityName()),
                o.startsAt(),
                o.facilityId(),
                o.roomId(),
                o.exceptionalReviewReasons(),
                o.bestInterestsReasons(),
                o.childDetained(),
                o.servedBefore().isZero() ? null : o.servedBefore().toString(),
                OrderClock.of(o, calendar, now),
                o.status() == OrderStatus.REVIEW_NOW
                        ? new ReviewNow(o.reviewNowSince(), o.reviewNowRule())
                        : null,
                due == null ? null : new ReleaseDue(due.since(), due.reason()),
                due != null,
                o.status() == OrderStatus.RELEASED
                        ? new Released(
                                o.releasedAt(),
                                o.releaseReason(),
                                o.releasedBy(),
                                o.alternativeId())
                        : null,
                reviews == null
                        ? null
                        : reviews.stream()
                                .map(
                                        r ->
                                                new ReviewView(
                                                        r.id(),
                                                        r.kind(),
                                                        r.outcome(),
                                                        r.reasons(),
                                                        r.court(),
                                                        r.decisionReference(),
                                                        r.reviewedAt(),
                                                        r.recordedBy()))
                                .toList(),
                extensions == null
                        ? null
                        : extensions.stream()
                                .map(
                                        x ->
                                                new ExtensionView(
                                                        x.id(),
                                                        x.reasons(),
                                                        x.proportionality(),
                                                        x.previousEnd(),
                                                        x.newEnd(),
                                                        x.rule(),
                                                        x.court(),
                                                        x.decisionReference(),
                                                        x.recordedBy(),
                                                        x.recordedAt()))
                                .toList(),
                o.issuedAt(),
                o.issuedBy());
    }
}
