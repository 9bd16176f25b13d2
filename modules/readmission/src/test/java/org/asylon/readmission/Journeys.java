package org.asylon.readmission;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.asylon.readmission.request.control.OutgoingDraft;
import org.asylon.readmission.request.entity.PersonLinks;
import org.asylon.readmission.request.entity.RequestOrigin;
import org.asylon.readmission.statelink.control.Answer;

/** The requests the plain tests send and receive. */
public final class Journeys {

    public static final String MARKER = "RSD-CONTENT-MARKER";

    private Journeys() {}

    /** Registers FRA (AMMR, Dublin III) and ALB (EC–Albania) as partners. */
    public static void partners(Fixture f) {
        f.run(
                d -> {
                    d.partners.register(
                            "FRA",
                            "Dublin unit",
                            "https://dublin.example.fr/readmission",
                            List.of("eu-ammr", "dublin-iii"),
                            "readmission.authority");
                    d.partners.register(
                            "ALB",
                            "Readmission desk",
                            "https://readmission.example.al/readmission",
                            List.of("ec-albania"),
                            "readmission.authority");
                });
    }

    public static JsonObject person() {
        return Json.createObjectBuilder()
                .add(
                        "name",
                        Json.createObjectBuilder()
                                .add("surname", "Haddad")
                                .add("givenNames", "Omar"))
                .add("dateOfBirth", "1994-03-02")
                .add("nationality", Json.createArrayBuilder().add("SYR"))
                .build();
    }

    /** A partner's request as its system sends it. */
    public static JsonObject incoming(
            String reference, String regime, RequestKind kind, Grounds g, String evidence) {
        return Json.createObjectBuilder()
                .add("reference", reference)
                .add("regime", regime)
                .add("kind", kind.code())
                .add(
                        "grounds",
                        Json.createObjectBuilder()
                                .add("hitBased", g.hitBased())
                                .add("detained", g.detained())
                                .add("urgent", g.urgent()))
                .add("person", person())
                .add(
                        "evidence",
                        Json.createArrayBuilder()
                                .add(
                                        Json.createObjectBuilder()
                                                .add("category", evidence)
                                                .add("description", "Document on file")))
                .build();
    }

    /** Registers a partner's request; returns this state's id of it. */
    public static String receive(Fixture f, String country, JsonObject body) {
        return f.at(
                d -> {
                    Answer a = d.incoming.register(country, body);
                    return d.requests
                            .shared(country, body.getString("reference"))
                            .orElseThrow()
                            .id();
                });
    }

    /**
     * A request this state prepares, with the markers of the asylum file in what must stay here.
     */
    public static OutgoingDraft draft(
            String country, String regime, RequestKind kind, Grounds g, Anchors anchors) {
        return new OutgoingDraft(
                country,
                regime,
                kind,
                g,
                RequestOrigin.RSD,
                MARKER + "-origin",
                new PersonLinks(MARKER + "-app", null, null),
                person(),
                MARKER + ": the interview record says the applicant fears the police",
                anchors);
    }

    public static Map<String, String> none() {
        return Map.of();
    }

    public static Instant at(String text) {
        return Instant.parse(text);
    }
}
