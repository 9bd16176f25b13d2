package org.asylon.kernel.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.json.Jsons;

/** An RFC 9457 problem detail, rendered as {@code application/problem+json}. */
public record Problem(
        ProblemType type,
        String detail,
        String instance,
        List<FieldError> errors,
        Map<String, Object> extensions) {

    /** How to sign in: HTTP Basic against the module's users, or a bearer token. */
    public static final String CHALLENGE = "Basic realm=\"Asylon\", Bearer realm=\"Asylon\"";

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type, detail, instance, List.of(), Map.of());
    }

    public JsonObject toJson() {
        JsonObjectBuilder json =
                Jsons.object()
                        .add("type", type.uri().toString())
                        .add("title", type.title())
                        .add("status", type.status());
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Jsons.array();
            errors.forEach(
                    e ->
                            list.add(
                                    Jsons.object()
                                            .add("field", e.field())
                                            .add("message", e.message())));
            json.add("errors", list);
        }
        extensions.forEach((key, value) -> json.add(key, String.valueOf(value)));
        return json.build();
    }

    public Response toResponse() {
        Response.ResponseBuilder response =
                Response.status(type.status()).type(MEDIA).entity(toJson().toString());
        if (type == ProblemType.NOT_AUTHENTICATED) {
            // RFC 9110 section 15.5.2: a 401 says how to authenticate, whichever layer refused
            response.header("WWW-Authenticate", CHALLENGE);
        }
        return response.build();
    }
}
