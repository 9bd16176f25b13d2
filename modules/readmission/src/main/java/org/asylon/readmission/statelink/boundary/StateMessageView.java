package org.asylon.readmission.statelink.boundary;

import jakarta.json.JsonValue;
import java.time.Instant;
import org.asylon.kernel.json.Jsons;
import org.asylon.readmission.statelink.entity.StateMessage;

/** A message between the states, exactly as it was sent or received, with what became of it. */
public record StateMessageView(
        String id,
        String direction,
        String partnerState,
        String messageId,
        String kind,
        String requestRef,
        String path,
        JsonValue body,
        String state,
        Instant createdAt,
        int attempts,
        Instant nextAttempt,
        Instant deliveredAt,
        String lastError,
        Integer answerStatus) {

    /** The message with its body: what left the state or came in about one person. */
    public static StateMessageView of(StateMessage m) {
        return of(m, true);
    }

    /** Without its body, for listings across people. */
    public static StateMessageView withoutBody(StateMessage m) {
        return of(m, false);
    }

    private static StateMessageView of(StateMessage m, boolean body) {
        return new StateMessageView(
                m.id(),
                m.direction().name(),
                m.country(),
                m.messageId(),
                m.kind(),
                m.requestRef(),
                m.path(),
                body ? Jsons.read(m.body()) : null,
                m.state().name(),
                m.createdAt(),
                m.attempts(),
                m.nextAttempt(),
                m.deliveredAt(),
                m.lastError(),
                m.answerStatus());
    }
}
