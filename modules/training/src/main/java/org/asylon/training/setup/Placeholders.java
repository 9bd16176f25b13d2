package org.asylon.training.setup;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.persona.Persona;

/**
 * The placeholders of an exercise's setup (training/exercises/README.md), expanded in every string
 * of a step's path, body, {@code where} and {@code If-Match}:
 *
 * <ul>
 *   <li>{@code {{A.person}}}, {@code {{A.documents}}} — as the whole string only: the person object
 *       and the documents array of entry's {@code POST encounters} for persona A;
 *   <li>{@code {{A.<field>}}}, {@code {{A.<field>.<field>}}}, {@code {{A.<list>.<n>}}} — a
 *       component of persona A ({@code statedSurname}, {@code intent.words}, {@code
 *       nationalities.0} …); as the whole string it keeps its JSON type (a list stays a list);
 *   <li>{@code {{<capture>}}} — an id captured by an earlier step: the trainee's first, then the
 *       run's; {@code {{<capture>/<field>}}} a top-level field of that step's answer;
 *   <li>{@code {{trainee}}} — the trainee's account;
 *   <li>{@code {{now}}}, {@code {{now-P2D}}}, {@code {{now+PT1H}}} — an instant in UTC; {@code
 *       {{today}}}, {@code {{today-P1D}}} — a date in UTC.
 * </ul>
 *
 * Anything else is an {@link UnknownPlaceholder}: a step never goes out with a brace left in it.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final Pattern WHOLE = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final Pattern TIME = Pattern.compile("(now|today)(?:([+-])(P[0-9A-Z.]+))?");

    /** A placeholder nothing answers. */
    public static final class UnknownPlaceholder extends RuntimeException {
        public UnknownPlaceholder(String name) {
            super("unknown placeholder {{" + name + "}}");
        }
    }

    private final Map<String, Persona> cast;
    private final Map<String, String> traineeCaptures;
    private final Map<String, String> runCaptures;
    private final String trainee;
    private final Instant now;
    private final Function<Persona, JsonObject> person;
    private final Function<Persona, JsonArray> documents;

    /**
     * @param trainee the trainee's account, null for the run's shared steps
     * @param person entry's person object for a persona
     * @param documents entry's documents array for a persona
     */
    public Placeholders(
            Map<String, Persona> cast,
            Map<String, String> traineeCaptures,
            Map<String, String> runCaptures,
            String trainee,
            Clock clock,
            Function<Persona, JsonObject> person,
            Function<Persona, JsonArray> documents) {
        this.cast = cast;
        this.traineeCaptures = traineeCaptures;
        this.runCaptures = runCaptures;
        this.trainee = trainee;
        this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.person = person;
        this.documents = documents;
    }

    /** The value with every placeholder in its strings (not in its keys) expanded. */
    public JsonValue expand(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> expandWhole(((JsonString) value).getString());
            case OBJECT -> {
                JsonObjectBuilder out = Jsons.object();
                value.asJsonObject().forEach((k, v) -> out.add(k, expand(v)));
                yield out.build();
            }
            case ARRAY -> {
                JsonArrayBuilder out = Jsons.array();
                value.asJsonArray().forEach(v -> out.add(expand(v)));
                yield out.build();
            }
            default -> value;
        };
    }

    /** A string with its placeholders replaced by their text. */
    public String text(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(asText(resolve(m.group(1).strip()))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JsonValue expandWhole(String s) {
        Matcher whole = WHOLE.matcher(s);
        if (whole.matches()) {
            return resolve(whole.group(1).strip());
        }
        return Jsons.string(text(s));
    }

    private JsonValue resolve(String name) {
        if (name.equals("trainee")) {
            if (trainee == null) {
                throw new UnknownPlaceholder(name + " (in a step that is not per trainee)");
            }
            return Jsons.string(trainee);
        }
        Matcher time = TIME.matcher(name);
        if (time.matches()) {
            return Jsons.string(time(time.group(1), time.group(2), time.group(3), name));
        }
        if (traineeCaptures.containsKey(name)) {
            return Jsons.string(traineeCaptures.get(name));
        }
        if (runCaptures.containsKey(name)) {
            return Jsons.string(runCaptures.get(name));
        }
        int dot = name.indexOf('.');
        if (dot > 0 && cast.containsKey(name.substring(0, dot))) {
            return personaField(cast.get(name.substring(0, dot)), name.substring(dot + 1), name);
        }
        throw new UnknownPlaceholder(name);
    }

    private String time(String base, String sign, String amount, String name) {
        try {
            if (base.equals("today")) {
                LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
                if (amount == null) {
                    return today.toString();
                }
                Period p = Period.parse(amount);
                return (sign.equals("+") ? today.plus(p) : today.minus(p)).toString();
            }
            if (amount == null) {
                return now.toString();
            }
            if (amount.contains("T")) {
                Duration d = Duration.parse(amount);
                return (sign.equals("+") ? now.plus(d) : now.minus(d)).toString();
            }
            Period p = Period.parse(amount);
            var at = now.atZone(ZoneOffset.UTC);
            return (sign.equals("+") ? at.plus(p) : at.minus(p)).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new UnknownPlaceholder(name);
        }
    }

    private JsonValue personaField(Persona p, String field, String name) {
        if (field.equals("person")) {
            return person.apply(p);
        }
        if (field.equals("documents")) {
            return documents.apply(p);
        }
        Object value = p;
        for (String part : field.split("\\.")) {
            value = part(value, part, name);
        }
        return json(value);
    }

    /**
     * One step into a persona: a component of a record ({@code intent.words}) or element n of a
     * list ({@code nationalities.0}, null when missing).
     */
    private static Object part(Object value, String part, String name) {
        if (value instanceof java.util.List<?> list && part.matches("[0-9]+")) {
            int n = Integer.parseInt(part);
            return n < list.size() ? list.get(n) : null;
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                if (c.getName().equals(part)) {
                    try {
                        return c.getAccessor().invoke(value);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        throw new UnknownPlaceholder(name);
    }

    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder out = Jsons.array();
            list.forEach(v -> out.add(json(v)));
            return out.build();
        }
        return Jsons.string(value.toString());
    }

    private static String asText(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
