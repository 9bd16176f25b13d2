package org.asylon.returns.protection.control;

import static org.asylon.returns.protection.control.UpstreamData.instant;
import static org.asylon.returns.protection.control.UpstreamData.string;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.returns.protection.entity.BorderPerson;
import org.asylon.returns.protection.entity.ProtectionRequest.Subject;
import org.asylon.returns.protection.entity.RequestOrigin;
import org.asylon.returns.returncase.control.CaseOpening;
import org.asylon.returns.returncase.entity.ReturnCase.Links;

/**
 * Follows reception's feed (modules/reception/README.md, "Events"): an arrival links the border's
 * encounter to the arrival RSD's claims name, and every referral to the asylum procedure is a
 * request for protection until RSD has the claim it opens. The referral's own time ({@code
 * decidedAt}) stands for the request: RSD opens the claim from it (at that time or earlier), so the
 * claim is pending at it; a referral RSD ignores because a claim is pending already joins that
 * claim.
 */
@ApplicationScoped
public class FromReception implements FeedEventHandler {

    static final String SYSTEM = "feed:reception";
    static final String PREFIX = "org.asylon.reception.";

    private ProtectionRequests requests;
    private CaseOpening opening;

    protected FromReception() {
        // for CDI's client proxy
    }

    @Inject
    public FromReception(ProtectionRequests requests, CaseOpening opening) {
        this.requests = requests;
        this.opening = opening;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        String arrivalId = string(data, "arrivalId");
        if (arrivalId == null || !event.type().startsWith(PREFIX)) {
            return;
        }
        String fact = event.type().substring(PREFIX.length()).replace(".v1", "");
        if ("arrival-registered".equals(fact)) {
            // an arrival reception made on return's own request (protection-requested) names the
            // case
            String caseId = string(data, "sourceReturnCaseId");
            if (caseId != null) {
                opening.linkCase(caseId, new Links(null, arrivalId, null));
            }
            String encounterId = string(data, "sourceEncounterId");
            if (encounterId != null) {
                BorderPerson seen = em.find(BorderPerson.class, encounterId);
                if (seen == null) {
                    seen = new BorderPerson(encounterId, UpstreamData.time(event));
                    em.persist(seen);
                }
                seen.arrival(arrivalId);
                Links both = new Links(null, arrivalId, encounterId);
                opening.link(new Links(null, null, encounterId), both);
                opening.link(new Links(null, arrivalId, null), both);
                requests.linkArrival(encounterId, arrivalId);
            }
        } else if ("referral-made".equals(fact)
                && "ASYLUM_PROCEDURE".equals(string(data, "channel"))) {
            Instant decided = instant(data, "decidedAt").orElse(UpstreamData.time(event));
            String where = string(data, "asylumRequestedWhere");
            requests.reported(
                    RequestOrigin.RECEPTION,
                    new Subject(null, null, arrivalId),
                    decided,
                    where == null ? "RECEPTION" : where,
                    "reception:" + arrivalId + ":" + decided,
                    SYSTEM);
        }
    }
}
