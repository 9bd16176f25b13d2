package org.asylon.readmission.request.boundary;

import java.time.Instant;
import org.asylon.readmission.request.entity.Direction;
import org.asylon.readmission.request.entity.ReadmissionRequest;

/**
 * A request as the partner state that shares it reads it through the state API: where it stands on
 * this side, and nothing of the person, the evidence, the desk's notes or this state's files.
 *
 * @param reference the requesting state's id
 */
public record SharedRequestView(
        String reference,
        String requestingState,
        String requestedState,
        String regime,
        String kind,
        String state,
        Instant receivedAt,
        Instant replyPeriodEndsAt,
        String reply,
        boolean tacit,
        Instant repliedAt) {

    public static SharedRequestView of(ReadmissionRequest r, String ownCountry) {
        boolean outgoing = r.direction() == Direction.OUTGOING;
        return new SharedRequestView(
                r.exchangeId(),
                outgoing ? ownCountry : r.country(),
                outgoing ? r.country() : ownCountry,
                r.regime(),
                r.kind().code(),
                r.state().name(),
                r.receivedAt(),
                r.replyDueAt(),
                r.reply() == null ? null : r.reply().name(),
                r.tacit(),
                r.repliedAt());
    }
}
