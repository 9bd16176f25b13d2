package org.asylon.returns.avrr.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.returns.avrr.entity.AvrrReferral;
import org.asylon.returns.avrr.entity.CounsellingSession;
import org.asylon.returns.avrr.entity.PostArrivalReport;

/**
 * The AVRR events (catalogue in docs/README-avrr.md). Ids, codes and times only: never a shared
 * field, a counselling note, a report's notes or a reason for a withdrawal — a consumer that must
 * act on a withdrawal needs to know which referral, not what was in it.
 */
@ApplicationScoped
public class AvrrEvents {

    public static final String REFERRAL_MADE = "org.asylon.return.avrr-referral-made.v1";
    public static final String CONSENT_WITHDRAWN = "org.asylon.return.avrr-consent-withdrawn.v1";
    public static final String REFERRAL_ENDED = "org.asylon.return.avrr-referral-ended.v1";
    public static final String COUNSELLING_RECORDED =
            "org.asylon.return.avrr-counselling-recorded.v1";
    public static final String DEPARTURE_CONFIRMED =
            "org.asylon.return.avrr-departure-confirmed.v1";
    public static final String REPORT_RECORDED = "org.asylon.return.avrr-report-recorded.v1";

    private EventPublisher publisher;

    protected AvrrEvents() {
        // for CDI's client proxy
    }

    @Inject
    public AvrrEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void referred(AvrrReferral r) {
        publish(
                REFERRAL_MADE,
                r,
                base(r).add("purpose", r.purpose().name())
                        .add("referredAt", r.referredAt().toString()));
    }

    public void consentWithdrawn(AvrrReferral r) {
        publish(CONSENT_WITHDRAWN, r, base(r).add("withdrawnAt", r.withdrawnAt().toString()));
    }

    public void ended(AvrrReferral r) {
        publish(
                REFERRAL_ENDED,
                r,
                base(r).add("endedAt", r.withdrawnAt().toString())
                        .add("status", r.status().name()));
    }

    public void counselled(AvrrReferral r, CounsellingSession s) {
        publish(
                COUNSELLING_RECORDED,
                r,
                base(r).add("sessionId", s.id())
                        .add("counsellor", s.counsellor().name())
                        .add("heldAt", s.heldAt().toString()));
    }

    public void departed(AvrrReferral r) {
        JsonObjectBuilder data = base(r).add("departedAt", r.departedAt().toString());
        if (r.departureGateCheckId() != null) {
            data.add("gateCheckId", r.departureGateCheckId());
        }
        publish(DEPARTURE_CONFIRMED, r, data);
    }

    public void reported(AvrrReferral r, PostArrivalReport report) {
        publish(
                REPORT_RECORDED,
                r,
                base(r).add("reportId", report.id())
                        .add("kind", report.kind().name())
                        .add("occurredOn", report.occurredOn().toString()));
    }

    private void publish(String type, AvrrReferral r, JsonObjectBuilder data) {
        publisher.publish(type, "avrr-referrals/" + r.id(), data.build());
    }

    private static JsonObjectBuilder base(AvrrReferral r) {
        return Jsons.object()
                .add("referralId", r.id())
                .add("caseId", r.caseId())
                .add("partnerId", r.partnerId());
    }
}
