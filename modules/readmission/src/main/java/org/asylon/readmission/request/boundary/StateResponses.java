package org.asylon.readmission.request.boundary;

import jakarta.ws.rs.core.Response;
import org.asylon.readmission.statelink.control.StateInbox;

/** The HTTP answer to a partner's message: the same answer, byte for byte, on every retry. */
public final class StateResponses {

    /** Header on an answer given before to the same message id. */
    public static final String REPEATED = "Asylon-Message-Repeated";

    private StateResponses() {}

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
