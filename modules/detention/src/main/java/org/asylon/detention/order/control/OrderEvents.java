package org.asylon.detention.order.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderReview;
import org.asylon.detention.order.entity.Regime;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/**
 * The events of detention orders (catalogue in modules/detention/README.md): codes, ids and times
 * only, never the assessment, the reasons or a court's words. Return and readmission act on them.
 */
@ApplicationScoped
public class OrderEvents {

    public static final String ORDER_ISSUED = "org.asylon.detention.order-issued.v1";
    public static final String ORDER_EXTENDED = "org.asylon.detention.order-extended.v1";
    public static final String ORDER_REVIEW_NOW = "org.asylon.detention.order-review-now.v1";
    public static final String ORDER_REGIME_CHANGED =
            "org.asylon.detention.order-regime-changed.v1";
    public static final String REVIEW_RECORDED = "org.asylon.detention.review-recorded.v1";
    public static final String RELEASE_DUE = "org.asylon.detention.release-due.v1";
    public static final String RELEASED = "org.asylon.detention.released.v1";

    private EventPublisher publisher;

    protected OrderEvents() {
        // for CDI's client proxy
    }

    @Inject
    public OrderEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void issued(DetentionOrder o) {
        publish(
                ORDER_ISSUED,
                o,
                base(o).add("groundCode", o.groundCode())
                        .add("regime", o.regime().name())
                        .add("authorityKind", o.authorityKind().name())
                        .add("facilityId", o.facilityId())
                        .add("startsAt", o.startsAt().toString())
                        .add("maximumAt", o.maximumAt().toString())
                        .add("maximumRule", o.maximumRule())
                        .add("childDetained", o.childDetained()));
    }

    public void extended(DetentionOrder o, Instant previousEnd) {
        publish(
                ORDER_EXTENDED,
                o,
                base(o).add("previousEnd", previousEnd.toString())
                        .add("maximumAt", o.maximumAt().toString())
                        .add("maximumRule", o.maximumRule()));
    }

    /** The order carries on under the regime of the person's new protection state. */
    public void regimeChanged(
            DetentionOrder o, Regime previous, Instant previousMaximumAt, Instant at) {
        publish(
                ORDER_REGIME_CHANGED,
                o,
                base(o).add("groundCode", o.groundCode())
                        .add("regime", o.regime().name())
                        .add("previousRegime", previous.name())
                        .add("maximumAt", o.maximumAt().toString())
                        .add("maximumRule", o.maximumRule())
                        .add("previousMaximumAt", previousMaximumAt.toString())
                        .add("changedAt", at.toString()));
    }

    public void reviewNow(DetentionOrder o) {
        publish(
                ORDER_REVIEW_NOW,
                o,
                base(o).add("groundCode", o.groundCode())
                        .add("rule", o.reviewNowRule())
                        .add("since", o.reviewNowSince().toString()));
    }

    public void reviewRecorded(DetentionOrder o, OrderReview r) {
        publish(
                REVIEW_RECORDED,
                o,
                base(o).add("reviewId", r.id())
                        .add("kind", r.kind().name())
                        .add("outcome", r.outcome().name())
                        .add("reviewedAt", r.reviewedAt().toString()));
    }

    public void releaseDue(DetentionOrder o, DetentionOrder.ReleaseDue due) {
        publish(
                RELEASE_DUE,
                o,
                base(o).add("reason", due.reason().name()).add("since", due.since().toString()));
    }

    public void released(DetentionOrder o) {
        JsonObjectBuilder data =
                base(o).add("reason", o.releaseReason().name())
                        .add("at", o.releasedAt().toString())
                        .add("facilityId", o.facilityId());
        if (o.alternativeId() != null) {
            data.add("alternativeId", o.alternativeId());
        }
        publish(RELEASED, o, data);
    }

    private static JsonObjectBuilder base(DetentionOrder o) {
        return Jsons.object().add("orderId", o.id()).add("personId", o.personId());
    }

    private void publish(String type, DetentionOrder o, JsonObjectBuilder data) {
        publisher.publish(type, "orders/" + o.id(), data.build());
    }
}
