package org.asylon.training.scoring;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.exercise.Exercise.CriticalKind;
import org.asylon.training.exercise.Exercise.Texts;

/**
 * Scorecards as the API answers them and as a closed run keeps them: written and read back alike,
 * so that the report of a closed run is the report its trainer saw when closing it.
 */
public final class ScorecardJson {

    private ScorecardJson() {}

    public static JsonArray write(List<Scorecard> cards) {
        JsonArrayBuilder all = Jsons.array();
        cards.forEach(card -> all.add(write(card)));
        return all.build();
    }

    public static JsonObject write(Scorecard card) {
        JsonArrayBuilder competences = Jsons.array();
        card.competences()
                .forEach(
                        c ->
                                competences.add(
                                        Jsons.object()
                                                .add("competence", c.competence())
                                                .add("earned", c.earned())
                                                .add("possible", c.possible())));
        JsonArrayBuilder notes = Jsons.array();
        card.notes().forEach(notes::add);
        return Jsons.object()
                .add("account", card.account())
                .add("displayName", card.displayName())
                .add("earned", card.earned())
                .add("possible", card.possible())
                .add("penalties", card.penalties())
                .add("score", card.score())
                .add("percent", card.percent())
                .add("criticalErrors", findings(card.criticalErrors()))
                .add("lost", findings(card.lost()))
                .add("earnedItems", findings(card.earnedItems()))
                .add("competences", competences)
                .add("notes", notes)
                .build();
    }

    public static List<Scorecard> read(JsonArray cards) {
        return cards.stream().map(JsonValue::asJsonObject).map(ScorecardJson::card).toList();
    }

    private static Scorecard card(JsonObject o) {
        return new Scorecard(
                o.getString("account"),
                o.getString("displayName"),
                o.getInt("earned"),
                o.getInt("possible"),
                o.getInt("penalties"),
                o.getInt("score"),
                findings(o.getJsonArray("criticalErrors")),
                findings(o.getJsonArray("lost")),
                findings(o.getJsonArray("earnedItems")),
                o.getJsonArray("competences").stream()
                        .map(JsonValue::asJsonObject)
                        .map(
                                c ->
                                        new CompetenceScore(
                                                c.getString("competence"),
                                                c.getInt("earned"),
                                                c.getInt("possible")))
                        .toList(),
                o.getJsonArray("notes").getValuesAs(jakarta.json.JsonString::getString));
    }

    private static JsonArrayBuilder findings(List<Finding> findings) {
        JsonArrayBuilder all = Jsons.array();
        for (Finding f : findings) {
            JsonObjectBuilder texts = Jsons.object();
            if (f.explanation() != null) {
                f.explanation().byLanguage().forEach(texts::add);
            }
            JsonObjectBuilder one =
                    Jsons.object()
                            .add("itemId", f.itemId())
                            .add("points", f.points())
                            .add("explanation", texts);
            optional(one, "persona", f.persona());
            optional(one, "personaName", f.personaName());
            optional(one, "observation", f.observation());
            optional(one, "competence", f.competence());
            optional(one, "kind", f.kind() == null ? null : f.kind().name());
            optional(one, "rule", f.rule());
            optional(one, "basis", f.basis());
            optional(one, "seen", f.seen());
            all.add(one);
        }
        return all;
    }

    private static List<Finding> findings(JsonArray array) {
        return array.stream()
                .map(JsonValue::asJsonObject)
                .map(
                        f -> {
                            Map<String, String> texts = new LinkedHashMap<>();
                            f.getJsonObject("explanation")
                                    .forEach((lang, text) -> texts.put(lang, string(text)));
                            String kind = f.getString("kind", null);
                            return new Finding(
                                    f.getString("itemId"),
                                    f.getString("persona", null),
                                    f.getString("personaName", null),
                                    f.getString("observation", null),
                                    f.getInt("points"),
                                    f.getString("competence", null),
                                    kind == null ? null : CriticalKind.valueOf(kind),
                                    f.getString("rule", null),
                                    f.getString("basis", null),
                                    new Texts(Map.copyOf(texts)),
                                    f.getString("seen", null));
                        })
                .toList();
    }

    private static String string(JsonValue value) {
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }

    private static void optional(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }
}
