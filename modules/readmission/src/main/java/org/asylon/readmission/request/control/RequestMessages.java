package org.asylon.readmission.request.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.json.Jsons;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.Reply;

/**
 * The one place where what leaves the state about a request is written down. Each body is built
 * field by field from a list: the regime's shared fields of the person (checked again at sending),
 * the evidence categories with their descriptions, the reply and its reasons. The local links to
 * the asylum file, the origin reference and the desk's notes are not in any list, so no message
 * carries them; nothing else about the person exists in this module. Pure.
 */
public final class RequestMessages {

    /** Paths under the partner's module. */
    public static final String REQUESTS = "/api/v1/state/requests";

    public static final String REQUEST = "request";
    public static final String REPLY = "reply";
    public static final String RE_EXAMINATION = "re-examination";

    private RequestMessages() {}

    public static String path(String exchangeId, String what) {
        return REQUESTS + "/" + exchangeId + "/" + what;
    }

    public static JsonObject request(
            ReadmissionRequest r, JsonObject person, List<Evidence> evidence, Instant sentAt) {
        JsonArrayBuilder items = Jsons.array();
        for (Evidence e : evidence) {
            items.add(
                    Jsons.object()
                            .add("category", e.category())
                            .add("weight", e.weight().name())
                            .add("description", e.description()));
        }
        return Jsons.object()
                .add("reference", r.id())
                .add("regime", r.regime())
                .add("kind", r.kind().code())
                .add(
                        "grounds",
                        Jsons.object()
                                .add("hitBased", r.grounds().hitBased())
                                .add("detained", r.grounds().detained())
                                .add("urgent", r.grounds().urgent()))
                .add("person", person)
                .add("evidence", items)
                .add("sentAt", sentAt.toString())
                .build();
    }

    public static JsonObject reply(Reply decision, String reasons, Instant at) {
        JsonObjectBuilder b =
                Jsons.object().add("decision", decision.name()).add("repliedAt", at.toString());
        if (reasons != null) {
            b.add("reasons", reasons);
        }
        return b.build();
    }

    public static JsonObject reExamination(String reasons, Instant at) {
        return Jsons.object().add("reasons", reasons).add("askedAt", at.toString()).build();
    }
}
