package org.asylon.returns.returncase.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.consumer.FeedEventHandler;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase.Links;

/**
 * Follows readmission's feed (modules/readmission/README.md, "Events"). A transfer executed
 * OUTGOING took the person to the partner state responsible for them: their open return case, if
 * any, ends {@link Closure#TRANSFERRED} (readmission ran return's protection status right before
 * it). An incoming transfer, a transfer decided and every other fact are not return's business yet.
 */
@ApplicationScoped
public class FromReadmission implements FeedEventHandler {

    public static final String NAME = "readmission";

    /** The actor of what the feed changes, on the audit trail. */
    static final String SYSTEM = "asylon:readmission-feed";

    static final String TRANSFER_EXECUTED = "org.asylon.readmission.transfer-executed.v1";
    static final String OUTGOING = "OUTGOING";

    private CaseOpening opening;

    protected FromReadmission() {
        // for CDI's client proxy
    }

    @Inject
    public FromReadmission(CaseOpening opening) {
        this.opening = opening;
    }

    @Override
    public void apply(CloudEvent event, EntityManager em) {
        JsonObject data = event.data();
        if (!TRANSFER_EXECUTED.equals(event.type())
                || data == null
                || !OUTGOING.equals(string(data, "direction"))) {
            return;
        }
        Links links =
                new Links(
                        string(data, "rsdApplicationId"),
                        string(data, "sourceArrivalId"),
                        string(data, "sourceEncounterId"));
        opening.closeFromUpstream(
                links,
                Closure.TRANSFERRED,
                SYSTEM,
                "transfer "
                        + string(data, "transferId")
                        + " to "
                        + string(data, "country")
                        + " under "
                        + string(data, "regime")
                        + " executed "
                        + string(data, "executedAt")
                        + " (request "
                        + string(data, "requestId")
                        + ")");
    }

    private static String string(JsonObject data, String field) {
        return data.get(field) instanceof JsonString s && !s.getString().isBlank()
                ? s.getString()
                : null;
    }
}
