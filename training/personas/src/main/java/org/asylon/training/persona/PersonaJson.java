package org.asylon.training.persona;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.persona.GroundTruth.Requirement;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.KnownElsewhere;
import org.asylon.training.persona.Persona.OtherOption;
import org.asylon.training.persona.Persona.ProtectionIntent;
import org.asylon.training.persona.Persona.Script;
import org.asylon.training.persona.Persona.Travel;
import org.asylon.training.persona.Persona.TravelDocument;

/**
 * A persona as JSON, field by field in the record's order (so that the same persona is always the
 * same text), and back. Absent values are written as {@code null}.
 */
public final class PersonaJson {

    private PersonaJson() {}

    public static JsonObject write(Persona p) {
        JsonObjectBuilder o = Jsons.object();
        o.add("id", p.id());
        o.add("fictional", p.fictional());
        text(o, "statedSurname", p.statedSurname());
        text(o, "statedGivenNames", p.statedGivenNames());
        text(o, "originalScriptName", p.originalScriptName());
        o.add("script", p.script().name());
        o.add("nameVariants", strings(p.nameVariants()));
        o.add("dateOfBirth", p.dateOfBirth());
        o.add("dateOfBirthEstimated", p.dateOfBirthEstimated());
        o.add("sex", p.sex());
        o.add("nationalities", strings(p.nationalities()));
        o.add("languages", strings(p.languages()));
        if (p.travel() == null) {
            o.addNull("travel");
        } else {
            JsonObjectBuilder t = Jsons.object();
            t.add("groupKey", p.travel().groupKey());
            t.add("kind", p.travel().kind());
            t.add("role", p.travel().role());
            text(t, "parentGroupKey", p.travel().parentGroupKey());
            o.add("travel", t);
        }
        o.add("unaccompaniedChild", p.unaccompaniedChild());
        o.add("separatedChild", p.separatedChild());
        TravelDocument d = p.document();
        JsonObjectBuilder document = Jsons.object();
        document.add("state", d.state().name());
        text(document, "documentCode", d.documentCode());
        text(document, "number", d.number());
        text(document, "issuingState", d.issuingState());
        text(document, "expiryDate", d.expiryDate());
        document.add("mrz", strings(d.mrz()));
        o.add("document", document);
        o.add("specificNeeds", strings(p.specificNeeds()));
        JsonObjectBuilder intent = Jsons.object();
        intent.add("moment", p.intent().moment().name());
        text(intent, "where", p.intent().where());
        text(intent, "words", p.intent().words());
        o.add("intent", intent);
        o.add("otherOptions", strings(p.otherOptions().stream().map(Enum::name).toList()));
        if (p.knownElsewhere() == null) {
            o.addNull("knownElsewhere");
        } else {
            o.add(
                    "knownElsewhere",
                    Jsons.object()
                            .add("state", p.knownElsewhere().state())
                            .add("what", p.knownElsewhere().what())
                            .add("since", p.knownElsewhere().since()));
        }
        o.add("story", p.story());
        if (p.truth() == null) {
            o.addNull("truth");
        } else {
            o.add("truth", truth(p.truth()));
        }
        return o.build();
    }

    private static JsonObject truth(GroundTruth t) {
        JsonObjectBuilder o = Jsons.object();
        o.add("profile", t.profile());
        o.add("referenceDate", t.referenceDate().toString());
        if (t.age() == null) {
            o.addNull("age");
        } else {
            o.add("age", t.age());
        }
        o.add("child", t.child());
        o.add("requires", requirements(t.requires()));
        o.add("forbids", requirements(t.forbids()));
        return o.build();
    }

    private static JsonArrayBuilder requirements(List<Requirement> list) {
        JsonArrayBuilder a = Jsons.array();
        for (Requirement r : list) {
            a.add(
                    Jsons.object()
                            .add("observation", r.observation())
                            .add("rule", r.rule())
                            .add("basis", r.basis())
                            .add("why", r.why())
                            .add("enforcedBySystem", r.enforcedBySystem()));
        }
        return a;
    }

    public static Persona read(JsonObject o) {
        JsonObject document = o.getJsonObject("document");
        JsonObject intent = o.getJsonObject("intent");
        return new Persona(
                o.getString("id"),
                o.getBoolean("fictional"),
                text(o, "statedSurname"),
                text(o, "statedGivenNames"),
                text(o, "originalScriptName"),
                Script.valueOf(o.getString("script")),
                strings(o.getJsonArray("nameVariants")),
                o.getString("dateOfBirth"),
                o.getBoolean("dateOfBirthEstimated"),
                o.getString("sex"),
                strings(o.getJsonArray("nationalities")),
                strings(o.getJsonArray("languages")),
                isNull(o, "travel") ? null : travel(o.getJsonObject("travel")),
                o.getBoolean("unaccompaniedChild"),
                o.getBoolean("separatedChild"),
                new TravelDocument(
                        DocumentState.valueOf(document.getString("state")),
                        text(document, "documentCode"),
                        text(document, "number"),
                        text(document, "issuingState"),
                        text(document, "expiryDate"),
                        strings(document.getJsonArray("mrz"))),
                strings(o.getJsonArray("specificNeeds")),
                new ProtectionIntent(
                        ProtectionIntent.Moment.valueOf(intent.getString("moment")),
                        text(intent, "where"),
                        text(intent, "words")),
                strings(o.getJsonArray("otherOptions")).stream().map(OtherOption::valueOf).toList(),
                isNull(o, "knownElsewhere")
                        ? null
                        : new KnownElsewhere(
                                o.getJsonObject("knownElsewhere").getString("state"),
                                o.getJsonObject("knownElsewhere").getString("what"),
                                o.getJsonObject("knownElsewhere").getString("since")),
                text(o, "story"),
                isNull(o, "truth") ? null : truth(o.getJsonObject("truth")));
    }

    private static Travel travel(JsonObject t) {
        return new Travel(
                t.getString("groupKey"),
                t.getString("kind"),
                t.getString("role"),
                text(t, "parentGroupKey"));
    }

    private static GroundTruth truth(JsonObject t) {
        return new GroundTruth(
                t.getString("profile"),
                LocalDate.parse(t.getString("referenceDate")),
                isNull(t, "age") ? null : t.getInt("age"),
                t.getBoolean("child"),
                requirements(t.getJsonArray("requires")),
                requirements(t.getJsonArray("forbids")));
    }

    private static List<Requirement> requirements(JsonArray a) {
        return a.getValuesAs(JsonObject.class).stream()
                .map(
                        r ->
                                new Requirement(
                                        r.getString("observation"),
                                        r.getString("rule"),
                                        r.getString("basis"),
                                        r.getString("why"),
                                        r.getBoolean("enforcedBySystem")))
                .toList();
    }

    static void text(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = Jsons.array();
        values.forEach(a::add);
        return a;
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String text(JsonObject o, String name) {
        return isNull(o, name) ? null : o.getString(name);
    }

    private static boolean isNull(JsonObject o, String name) {
        return !o.containsKey(name) || o.get(name).getValueType() == JsonValue.ValueType.NULL;
    }
}
