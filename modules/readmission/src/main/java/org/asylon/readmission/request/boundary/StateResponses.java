package org.asylon.readmission.request.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Function;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.security.Caller;
import org.asylon.readmission.statelink.control.Answer;
import org.asylon.readmission.statelink.control.StateCaller;
import org.asylon.readmission.statelink.control.StateInbox;
import org.asylon.readmission.statelink.control.StateToken;

/** The HTTP answer to a partner's message: the same answer, byte for byte, on every retry. */
public final class StateResponses {

    /** Header on an answer given before to the same message id. */
    public static final String REPEATED = "Asylon-Message-Repeated";

    private StateResponses() {}

    /** A partner's signed call: the token it came with and the body exactly as sent. */
    public record StateCall(StateToken token, String body) {
        /** The calling partner state. */
        public String partner() {
            return token.issuer();
        }

        public JsonObject json() {
            return Jsons.readObject(body);
        }
    }

    /**
     * Receives a partner's message once ({@link StateInbox}): the partner is the one the token
     * names, the body must be the one it signed, and {@code work} runs only for a message id not
     * answered before.
     */
    public static Response receive(
            StateInbox inbox,
            String authorization,
            SecurityContext security,
            String kind,
            String ref,
            String path,
            String body,
            Function<StateCall, Answer> work) {
        StateToken token = StateCaller.token(authorization, Caller.of(security).name());
        StateCall call = new StateCall(token, body == null ? "" : body);
        return of(inbox.receive(token, kind, ref, path, call.body(), () -> work.apply(call)));
    }

    public static Response of(StateInbox.Received received) {
        Response.ResponseBuilder b =
                Response.status(received.answer().status())
                        .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                        .entity(received.answer().body().toString());
        if (received.repeated()) {
            b.header(REPEATED, "true");
        }
        return b.build();
    }
}
