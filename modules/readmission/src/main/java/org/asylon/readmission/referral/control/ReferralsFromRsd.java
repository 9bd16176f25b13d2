package org.asylon.readmission.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.ModuleReady;
import org.asylon.readmission.referral.entity.Referral;

/**
 * Follows RSD's feed ({@code asylon.feed.rsd.*}; without a URL, nothing is read and the desk works
 * from its own files): an inadmissibility decision on a first-country-of-asylum or
 * safe-third-country ground, with the country it names, becomes a referral to the desk, once.
 * Nothing else of the decision is read.
 */
@ApplicationScoped
public class ReferralsFromRsd implements FeedEventHandler {

    static final String DECISION_ISSUED = "org.asylon.rsd.decision-issued.v1";
    static final Set<String> GROUNDS = Set.of("FIRST_COUNTRY_OF_ASYLUM", "SAFE_THIRD_COUNTRY");
    static final String ACTOR = "asylon:rsd-feed";

    private AuditTrail audit;
    private Clock clock;

    protected ReferralsFromRsd() {
        // for CDI's client proxy
    }

    @Inject
    public ReferralsFromRsd(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void start(@Observes ModuleReady ready, FeedFollowers followers) {
        followers.follow("rsd", this);
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        if (!DECISION_ISSUED.equals(event.type()) || data == null) {
            return;
        }
        String ground = text(data, "inadmissibilityGround");
        String country = text(data, "country");
        String decision = text(data, "decisionId");
        String application = text(data, "applicationId");
        if (ground == null
                || !GROUNDS.contains(ground)
                || country == null
                || decision == null
                || application == null) {
            return;
        }
        boolean known =
                !em.createQuery("SELECT r.id FROM Referral r WHERE r.decisionId = :d", String.class)
                        .setParameter("d", decision)
                        .getResultList()
                        .isEmpty();
        if (known) {
            return;
        }
        Referral r =
                new Referral(
                        decision,
                        application,
                        text(data, "sourceArrivalId"),
                        ground,
                        country,
                        instant(text(data, "issuedAt")),
                        clock.instant());
        em.persist(r);
        audit.record(
                ACTOR,
                "referral.received",
                Referrals.RECORD,
                r.id(),
                "{\"ground\":\"" + ground + "\"}");
    }

    private Instant instant(String text) {
        try {
            return text == null ? clock.instant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
