package org.asylon.detention.order.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.control.AlertSource;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.ReleaseReason;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the orders show for the alert queue, each on the order ({@code recordType} {@code order},
 * {@code recordId} the order's id): a child held (RCD Art 13(2)); a review overdue or due soon (RCD
 * Art 11(3), the periodic review); the maximum reached and a release due but not recorded (UNHCR
 * Guideline 6); an order whose ground lapsed with the person's protection state (RCD Art 10(1)).
 *
 * <p>An order has two review clocks, the ex officio judicial review and the periodic review, and
 * one alert of a kind per order: where both are overdue the earlier one is reported (the recordId
 * column holds the order's id, so the clock is not part of the key). The same holds for a review
 * due soon, among the clocks not yet overdue.
 *
 * <p>"Due soon" is {@code asylon.detention.alerts.review-due-soon} (ISO-8601 duration, default
 * {@code P2D}; {@code ASYLON_DETENTION_ALERTS_REVIEW_DUE_SOON}): an operational setting of the work
 * queue, how early officers want to be told, not a legal rule.
 */
@ApplicationScoped
public class OrderAlerts implements AlertSource {

    static final String RECORD_TYPE = "order";

    /**
     * The module's own rule behind a release a review ordered: release when the justification ends.
     */
    public static final String RELEASE_WHEN_DUE = "detention.release-when-due";

    private Orders orders;
    private OrderProfile profile;
    private Duration dueSoon;

    protected OrderAlerts() {
        // for CDI's client proxy
    }

    @Inject
    public OrderAlerts(
            Orders orders,
            OrderProfile profile,
            @ConfigProperty(name = "asylon.detention.alerts.review-due-soon", defaultValue = "P2D")
                    String dueSoon) {
        this(orders, profile, parse(dueSoon));
    }

    /** With the window given (plain tests). */
    public OrderAlerts(Orders orders, OrderProfile profile, Duration dueSoon) {
        this.orders = orders;
        this.profile = profile;
        this.dueSoon = dueSoon;
    }

    private static Duration parse(String duration) {
        try {
            Duration parsed = Duration.parse(duration);
            if (parsed.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return parsed;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "asylon.detention.alerts.review-due-soon must be an ISO-8601 duration such as"
                            + " P2D or PT12H, not '"
                            + duration
                            + "'",
                    e);
        }
    }

    @Override
    public List<AlertCondition> conditions(Instant now) {
        DetentionCalendar calendar = profile.calendar();
        DetentionLaw law = calendar.law();
        List<AlertCondition> found = new ArrayList<>();
        for (DetentionOrder o : orders.childrenHeld()) {
            found.add(
                    on(
                            o,
                            AlertKind.CHILD_DETAINED,
                            DetentionLaw.CHILDREN,
                            law.children().basis(),
                            null));
        }
        for (DetentionOrder o : orders.reviewsOverdue(now.plus(dueSoon))) {
            ReviewClock overdue = earliest(o, now, true);
            if (overdue != null) {
                found.add(
                        on(
                                o,
                                AlertKind.REVIEW_OVERDUE,
                                overdue.rule,
                                basis(calendar, overdue.rule),
                                overdue.dueAt));
            }
            ReviewClock soon = earliest(o, now, false);
            if (soon != null && !soon.dueAt.isAfter(now.plus(dueSoon))) {
                found.add(
                        on(
                                o,
                                AlertKind.REVIEW_DUE,
                                soon.rule,
                                basis(calendar, soon.rule),
                                soon.dueAt));
            }
        }
        for (DetentionOrder o : orders.maximumReached(now)) {
            found.add(
                    on(
                            o,
                            AlertKind.MAXIMUM_REACHED,
                            o.maximumRule(),
                            basis(calendar, o.maximumRule()),
                            o.maximumAt()));
        }
        for (DetentionOrder o : orders.releasesOverdue(now)) {
            DetentionOrder.ReleaseDue due = o.releaseDue(now);
            if (due != null) {
                String rule = releaseRule(o, due.reason());
                found.add(
                        on(
                                o,
                                AlertKind.RELEASE_OVERDUE,
                                rule,
                                releaseBasis(calendar, law, rule),
                                due.since()));
            }
        }
        for (DetentionOrder o : orders.heldOnLapsedGround()) {
            String rule = o.reviewNowRule();
            found.add(
                    on(
                            o,
                            AlertKind.LAPSED_GROUND,
                            rule,
                            lapsedBasis(law, rule),
                            o.reviewNowSince()));
        }
        return found;
    }

    /** A review clock still running: the rule that set it and when it falls due. */
    private record ReviewClock(String rule, Instant dueAt) {}

    /** The earliest review clock that is overdue ({@code overdue}) or not yet overdue. */
    private static ReviewClock earliest(DetentionOrder o, Instant now, boolean overdue) {
        ReviewClock judicial =
                o.judicialReviewAwaited()
                        ? new ReviewClock(o.judicialReviewRule(), o.judicialReviewDueAt())
                        : null;
        ReviewClock periodic = new ReviewClock(DetentionLaw.PERIODIC_REVIEW, o.nextReviewAt());
        ReviewClock chosen = null;
        for (ReviewClock clock : new ReviewClock[] {judicial, periodic}) {
            if (clock == null || clock.dueAt == null || now.isBefore(clock.dueAt) == overdue) {
                continue;
            }
            if (chosen == null || clock.dueAt.isBefore(chosen.dueAt)) {
                chosen = clock;
            }
        }
        return chosen;
    }

    private static String releaseRule(DetentionOrder o, ReleaseReason reason) {
        return switch (reason) {
            case MAXIMUM_REACHED -> o.maximumRule();
            case PROTECTION_GRANTED -> DetentionLaw.PROTECTED_PERSON;
            case CHILD_FOUND -> DetentionLaw.CHILDREN;
            case GROUND_LAPSED -> o.reviewNowRule() == null ? RELEASE_WHEN_DUE : o.reviewNowRule();
            default -> RELEASE_WHEN_DUE;
        };
    }

    private static String releaseBasis(DetentionCalendar calendar, DetentionLaw law, String rule) {
        if (rule.equals(DetentionLaw.PROTECTED_PERSON) || rule.equals(RELEASE_WHEN_DUE)) {
            return DetentionLaw.PROTECTED_PERSON_BASIS;
        }
        if (rule.equals(DetentionLaw.CHILDREN)
                || rule.equals(DetentionLaw.WHILE_CLAIM_PENDING)
                || rule.equals(DetentionLaw.WITHOUT_CLAIM)) {
            return lapsedBasis(law, rule);
        }
        return basis(calendar, rule);
    }

    private static String lapsedBasis(DetentionLaw law, String rule) {
        if (DetentionLaw.WHILE_CLAIM_PENDING.equals(rule)) {
            return law.whileClaimPending().basis();
        }
        if (DetentionLaw.WITHOUT_CLAIM.equals(rule)) {
            return law.withoutClaim().basis();
        }
        if (DetentionLaw.CHILDREN.equals(rule)) {
            return law.children().basis();
        }
        return DetentionLaw.PROTECTED_PERSON_BASIS;
    }

    private static String basis(DetentionCalendar calendar, String rule) {
        return calendar.rule(rule).basis();
    }

    private static AlertCondition on(
            DetentionOrder o, AlertKind kind, String rule, String basis, Instant dueAt) {
        return new AlertCondition(
                kind, RECORD_TYPE, o.id(), o.personId(), o.facilityId(), rule, basis, dueAt);
    }
}
