package org.asylon.reception.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.reception.partner.entity.PartnerReferral;

/**
 * The partner events (catalogue in modules/reception/README.md). Ids, purpose and times only: never
 * the shared fields, never a free-text reason — a consumer that must act on a withdrawal needs to
 * know which referral, not what was in it.
 */
@ApplicationScoped
public class PartnerEvents {

    public static final String PARTNER_REFERRAL_MADE =
            "org.asylon.reception.partner-referral-made.v1";
    public static final String CONSENT_WITHDRAWN = "org.asylon.reception.consent-withdrawn.v1";

    private EventPublisher publisher;

    protected PartnerEvents() {
        // for CDI's client proxy
    }

    @Inject
    public PartnerEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void referred(PartnerReferral r) {
        publisher.publish(
                PARTNER_REFERRAL_MADE,
                "arrivals/" + r.arrivalId(),
                base(r).add("consentGiven", r.consentGiven())
                        .add("referredAt", r.referredAt().toString())
                        .build());
    }

    public void consentWithdrawn(PartnerReferral r) {
        publisher.publish(
                CONSENT_WITHDRAWN,
                "arrivals/" + r.arrivalId(),
                base(r).add("withdrawnAt", r.withdrawnAt().toString()).build());
    }

    private static JsonObjectBuilder base(PartnerReferral r) {
        return Jsons.object()
                .add("referralId", r.id())
                .add("arrivalId", r.arrivalId())
                .add("partnerId", r.partnerId())
                .add("purpose", r.purpose().name());
    }
}
