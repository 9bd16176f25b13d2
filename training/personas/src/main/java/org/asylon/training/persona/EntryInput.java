package org.asylon.training.persona;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.persona.Persona.DocumentState;

/**
 * A persona as entry's {@code POST encounters} takes it: the {@code person} object (entry's {@code
 * PersonInput}) and the {@code documents} array (entry's {@code DocumentInput}: the scanned MRZ,
 * whose check digits entry reads and checks itself). The exercise runner puts them in place of
 * {@code {{A.person}}} and {@code {{A.documents}}}.
 */
public final class EntryInput {

    private EntryInput() {}

    /**
     * The names as stated, the names as the passport prints them (when one is shown), the original
     * script, the date of birth as known, sex, nationalities and languages.
     */
    public static JsonObject person(Persona p) {
        JsonObjectBuilder o = Jsons.object();
        if (p.document().state() != DocumentState.ABSENT) {
            String[] names = Td3.names(p.document().mrz().get(0));
            o.add("documentSurname", names[0]);
            o.add("documentGivenNames", names[1]);
        }
        o.add("statedSurname", p.statedSurname());
        o.add("statedGivenNames", p.statedGivenNames());
        if (p.originalScriptName() != null) {
            o.add("originalScriptName", p.originalScriptName());
        }
        o.add("dateOfBirth", p.dateOfBirth());
        o.add("dateOfBirthEstimated", p.dateOfBirthEstimated());
        o.add("sex", p.sex());
        o.add("nationalities", PersonaJson.strings(p.nationalities()));
        o.add("languages", PersonaJson.strings(p.languages()));
        return o.build();
    }

    /** The travel document as scanned at the counter: empty when the person has none. */
    public static JsonArray documents(Persona p) {
        JsonArrayBuilder a = Jsons.array();
        if (p.document().state() != DocumentState.ABSENT) {
            a.add(Jsons.object().add("mrz", String.join("\n", p.document().mrz())));
        }
        return a.build();
    }
}
