package org.asylon.training.persona;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.json.Jsons;

/**
 * A whole cohort as one JSON document: {@code {"fictional": true, "seed", "profile",
 * "referenceDate", "personas": [...]}}. The flag comes first so that whoever opens the file reads
 * it before any name.
 */
public final class CohortJson {

    /** A cohort read back. */
    public record Read(
            long seed, String profile, LocalDate referenceDate, List<Persona> personas) {}

    private CohortJson() {}

    public static JsonObject write(
            long seed, String profile, LocalDate referenceDate, List<Persona> personas) {
        JsonArrayBuilder all = Jsons.array();
        personas.forEach(p -> all.add(PersonaJson.write(p)));
        return Jsons.object()
                .add("fictional", true)
                .add(
                        "notice",
                        "Every person in this file is invented for training; any likeness to a"
                                + " real person is a coincidence.")
                .add("seed", seed)
                .add("profile", profile)
                .add("referenceDate", referenceDate.toString())
                .add("personas", all)
                .build();
    }

    /**
     * @throws IllegalArgumentException for a document that does not say it is fictional
     */
    public static Read read(JsonObject cohort) {
        if (!cohort.getBoolean("fictional", false)) {
            throw new IllegalArgumentException("not a fictional cohort: \"fictional\" is not true");
        }
        return new Read(
                cohort.getJsonNumber("seed").longValueExact(),
                cohort.getString("profile"),
                LocalDate.parse(cohort.getString("referenceDate")),
                cohort.getJsonArray("personas").getValuesAs(JsonObject.class).stream()
                        .map(PersonaJson::read)
                        .toList());
    }
}
