package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.detention.person.entity.RsdClaim;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;

/**
 * Follows RSD's feed (modules/rsd/README.md, "Events"): every event carries the claim's state after
 * the change, from which the person's protection state follows ({@link #stateOf}). Every claim is
 * kept ({@link RsdClaims}), so that a person detention does not know yet takes its latest state
 * when they become known. The person is found by the RSD application or by the reception arrival
 * the application came from. An event older than the state recorded (e.g. a desk check made later)
 * changes nothing.
 */
@ApplicationScoped
public class PeopleFromRsd implements FeedEventHandler {

    static final String SYSTEM = "feed:rsd";
    static final String ORIGIN = DetainedPerson.RSD;
    static final String PREFIX = "org.asylon.rsd.";

    private RsdClaims claims;

    protected PeopleFromRsd() {
        // for CDI's client proxy
    }

    @Inject
    public PeopleFromRsd(RsdClaims claims) {
        this.claims = claims;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        if (!event.type().startsWith(PREFIX) || !data.containsKey("claimPending")) {
            return;
        }
        String applicationId = data.getString("applicationId", null);
        if (applicationId == null) {
            return;
        }
        String arrivalId = data.getString("sourceArrivalId", null);
        Instant at = event.time() == null ? Instant.now() : event.time().toInstant();
        RsdClaim claim = claims.reported(em, applicationId, data, at);
        for (DetainedPerson person : find(em, applicationId, arrivalId)) {
            claims.apply(em, person, claim, SYSTEM);
        }
    }

    /**
     * The protection state an RSD event reports: protection granted → PROTECTED; a claim pending
     * with no appeal, or with an appeal that suspends removal → APPLICANT (RCD Art 10(1) applies);
     * otherwise (claim ended without protection, appeal without suspensive effect) → NOT_PENDING.
     * An appeal whose suspensive effect is not known is taken as suspensive: the reading that never
     * treats an applicant as a person without a claim.
     *
     * @param appealSuspensive the last {@code suspensiveAppealPending} reported for the claim
     */
    public static ProtectionState stateOf(JsonObject data, Boolean appealSuspensive) {
        if (data.getBoolean("protectionGranted", false)) {
            return ProtectionState.PROTECTED;
        }
        if (!data.getBoolean("claimPending", false)) {
            return ProtectionState.NOT_PENDING;
        }
        boolean appealed = "APPEALED".equals(data.getString("stage", null));
        if (!appealed) {
            return ProtectionState.APPLICANT;
        }
        Boolean suspensive =
                data.containsKey("suspensiveAppealPending")
                        ? Boolean.valueOf(data.getBoolean("suspensiveAppealPending"))
                        : appealSuspensive;
        return suspensive == null || suspensive
                ? ProtectionState.APPLICANT
                : ProtectionState.NOT_PENDING;
    }

    private static List<DetainedPerson> find(
            EntityManager em, String applicationId, String arrivalId) {
        if (applicationId == null && arrivalId == null) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT p FROM DetainedPerson p WHERE p.rsdApplicationId = :application"
                                + " OR p.sourceArrivalId = :arrival",
                        DetainedPerson.class)
                .setParameter("application", applicationId == null ? "-" : applicationId)
                .setParameter("arrival", arrivalId == null ? "-" : arrivalId)
                .getResultList();
    }
}
