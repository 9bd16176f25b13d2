package org.asylon.training.run.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.http.Html;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.persona.Persona;

/**
 * The printable briefing of a run: the exercise's title, briefing and tasks in the trainee's
 * language, and one card per cast member with what an officer at the counter would see and hear —
 * names in both scripts, date of birth, sex, nationalities, languages, the document with its MRZ,
 * the story. Never the ground truth: that is what the trainee is scored on finding. Every card says
 * FICTIONAL, so that a printed card is never taken for a real person's file.
 */
public final class Briefings {

    static final String FICTIONAL = "FICTIONAL";

    private Briefings() {}

    public static JsonObject json(Exercise exercise, Map<String, Persona> cast, String language) {
        JsonArrayBuilder tasks = Jsons.array();
        exercise.tasks()
                .forEach(
                        t ->
                                tasks.add(
                                        Jsons.object()
                                                .add("id", t.id())
                                                .add("text", t.text().in(language))));
        JsonArrayBuilder cards = Jsons.array();
        cast.forEach((alias, p) -> cards.add(card(alias, p)));
        return Jsons.object()
                .add("exercise", exercise.id())
                .add("language", language)
                .add("title", exercise.title().in(language))
                .add("briefing", exercise.briefing().in(language))
                .add("tasks", tasks)
                .add("personas", cards)
                .build();
    }

    private static JsonObject card(String alias, Persona p) {
        JsonObjectBuilder card =
                Jsons.object()
                        .add("alias", alias)
                        .add("fictional", FICTIONAL)
                        .add("surname", p.statedSurname())
                        .add("givenNames", p.statedGivenNames())
                        .add("dateOfBirth", p.dateOfBirth())
                        .add("sex", p.sex())
                        .add("nationalities", strings(p.nationalities()))
                        .add("languages", strings(p.languages()))
                        .add("story", p.story());
        if (p.originalScriptName() != null) {
            card.add("originalScriptName", p.originalScriptName());
        }
        Persona.TravelDocument d = p.document();
        if (d != null && d.state() != Persona.DocumentState.ABSENT) {
            JsonObjectBuilder document = Jsons.object().add("mrz", strings(d.mrz()));
            putIf(document, "documentCode", d.documentCode());
            putIf(document, "number", d.number());
            putIf(document, "issuingState", d.issuingState());
            putIf(document, "expiryDate", d.expiryDate());
            card.add("document", document);
        }
        return card.build();
    }

    public static String html(Exercise exercise, Map<String, Persona> cast, String language) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Html.escape(language))
                .append("\" dir=\"")
                .append(language.equals("ar") ? "rtl" : "ltr")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(exercise.title().in(language)))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(Html.escape(exercise.title().in(language)))
                .append("</h1>\n<p class=\"briefing\">")
                .append(Html.escape(exercise.briefing().in(language)))
                .append("</p>\n<ol class=\"tasks\">");
        exercise.tasks()
                .forEach(
                        t ->
                                out.append("<li>")
                                        .append(Html.escape(t.text().in(language)))
                                        .append("</li>"));
        out.append("</ol>\n");
        cast.forEach((alias, p) -> card(out, alias, p));
        return out.append("</body></html>\n").toString();
    }

    private static void card(StringBuilder out, String alias, Persona p) {
        out.append("<section class=\"card\"><p class=\"fictional\">")
                .append(FICTIONAL)
                .append("</p><h2>")
                .append(Html.escape(p.statedSurname()))
                .append(", ")
                .append(Html.escape(p.statedGivenNames()))
                .append(" <small>(")
                .append(Html.escape(alias))
                .append(")</small></h2>");
        if (p.originalScriptName() != null) {
            out.append("<p class=\"script\" dir=\"auto\">")
                    .append(Html.escape(p.originalScriptName()))
                    .append("</p>");
        }
        out.append("<dl>");
        row(out, "Date of birth", p.dateOfBirth());
        row(out, "Sex", p.sex());
        row(out, "Nationality", String.join(", ", p.nationalities()));
        row(out, "Languages", String.join(", ", p.languages()));
        Persona.TravelDocument d = p.document();
        if (d == null || d.state() == Persona.DocumentState.ABSENT) {
            row(out, "Document", "none");
        } else {
            row(
                    out,
                    "Document",
                    String.join(
                            " ",
                            List.of(
                                    nz(d.documentCode()),
                                    nz(d.number()),
                                    nz(d.issuingState()),
                                    nz(d.expiryDate()))));
        }
        out.append("</dl>");
        if (d != null && !d.mrz().isEmpty()) {
            out.append("<pre class=\"mrz\">");
            d.mrz().forEach(line -> out.append(Html.escape(line)).append('\n'));
            out.append("</pre>");
        }
        out.append("<p class=\"story\">").append(Html.escape(p.story())).append("</p></section>\n");
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append("<dt>")
                .append(Html.escape(label))
                .append("</dt><dd>")
                .append(Html.escape(value))
                .append("</dd>");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void putIf(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder out = Jsons.array();
        if (values != null) {
            values.forEach(out::add);
        }
        return out;
    }

    private static final String STYLE =
            "body{font-family:sans-serif;margin:2rem;max-inline-size:50rem}"
                    + ".card{border:2px solid #333;padding:1rem;margin-block:1rem;"
                    + "break-inside:avoid}"
                    + ".fictional{font-weight:bold;letter-spacing:.2em;color:#a00;margin:0}"
                    + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}"
                    + "dt{font-weight:bold}dd{margin:0}.mrz{font-family:monospace}"
                    + "@page{size:A4;margin:15mm}";
}
