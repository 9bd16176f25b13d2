package org.asylon.training.exercise;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.training.persona.Persona;

/**
 * One {@code {{…}}} placeholder of a setup step, as the grammar of {@code
 * training/exercises/README.md} reads it. The runner replaces them; the key validation checks that
 * each names a cast alias, a Persona field, or a capture made by an earlier step.
 *
 * @param kind what it stands for
 * @param name the alias (PERSON, DOCUMENTS, PERSONA_FIELD) or the capture's name (CAPTURE)
 * @param path the Persona record components (PERSONA_FIELD) or the answer's field (CAPTURE; empty
 *     for its id)
 * @param offset the ISO-8601 duration (NOW) or period (TODAY) added, signed; null for none
 */
public record Placeholder(Kind kind, String name, List<String> path, String offset) {

    public enum Kind {
        /** The persona as entry's {@code person} object: whole string only. */
        PERSON,
        /** The persona's travel document as entry's {@code documents} array: whole string only. */
        DOCUMENTS,
        PERSONA_FIELD,
        CAPTURE,
        TRAINEE,
        NOW,
        TODAY
    }

    /** A placeholder: two braces, a name without braces or spaces, two braces. */
    public static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}\\s]+)}}");

    private static final Pattern ALIAS = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern CAPTURE =
            Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Z][A-Za-z0-9]*)?");
    private static final Pattern TIME = Pattern.compile("(now|today)([+-]P[0-9A-Z]+)?");

    /** The inner texts of the placeholders in {@code text}, in order. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    /**
     * Whether {@code text} is exactly one placeholder (then it may stand for a non-string value).
     */
    public static boolean isWhole(String text) {
        return TOKEN.matcher(text).matches();
    }

    /**
     * Reads one placeholder's inner text.
     *
     * @param aliases the exercise's cast aliases: {@code A.x} is a persona field only when A is one
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Placeholder parse(String inner, Set<String> aliases) {
        if (inner.equals("trainee")) {
            return new Placeholder(Kind.TRAINEE, null, List.of(), null);
        }
        Matcher time = TIME.matcher(inner);
        if (time.matches()) {
            return time(time.group(1), time.group(2));
        }
        String[] segments = inner.split("\\.", -1);
        if (ALIAS.matcher(segments[0]).matches() && segments.length > 1) {
            if (!aliases.contains(segments[0])) {
                throw new IllegalArgumentException("'" + segments[0] + "' is not a cast alias");
            }
            List<String> path = List.of(segments).subList(1, segments.length);
            if (path.equals(List.of("person"))) {
                return new Placeholder(Kind.PERSON, segments[0], List.of(), null);
            }
            if (path.equals(List.of("documents"))) {
                return new Placeholder(Kind.DOCUMENTS, segments[0], List.of(), null);
            }
            fieldProblem(path)
                    .ifPresent(
                            p -> {
                                throw new IllegalArgumentException(p);
                            });
            return new Placeholder(Kind.PERSONA_FIELD, segments[0], path, null);
        }
        String[] capture = inner.split("/", -1);
        if (capture.length <= 2 && CAPTURE.matcher(capture[0]).matches()) {
            return new Placeholder(
                    Kind.CAPTURE,
                    capture[0],
                    capture.length == 2 ? List.of(capture[1]) : List.of(),
                    null);
        }
        throw new IllegalArgumentException("'" + inner + "' is not a placeholder");
    }

    /** Whether a capture's name is well formed: {@code port}, {@code encounter.A}. */
    public static boolean isCaptureName(String name) {
        return CAPTURE.matcher(name).matches();
    }

    /** The alias a capture is tied to ({@code encounter.A} → A), if any. */
    public static Optional<String> aliasOfCapture(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1));
    }

    private static Placeholder time(String base, String offset) {
        if (offset != null) {
            try {
                if (base.equals("now")) {
                    Duration.parse(offset.substring(1));
                } else {
                    Period.parse(offset.substring(1));
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "'"
                                + offset.substring(1)
                                + "' is not an ISO-8601 "
                                + (base.equals("now") ? "duration (PT3H, P2D)" : "period (P1D)"));
            }
        }
        return new Placeholder(base.equals("now") ? Kind.NOW : Kind.TODAY, null, List.of(), offset);
    }

    /** What is wrong with a path of Persona record components, if anything. */
    private static Optional<String> fieldProblem(List<String> path) {
        Class<?> type = Persona.class;
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            if (List.class.isAssignableFrom(type)) {
                // an element of a list of strings (nationalities, languages): the last segment
                if (!segment.matches("[0-9]+") || i != path.size() - 1) {
                    return Optional.of("'" + segment + "' after a list must be the last, an index");
                }
                return Optional.empty();
            }
            if (!type.isRecord()) {
                return Optional.of("'" + segment + "' cannot follow a field that is not a record");
            }
            RecordComponent found = null;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(segment)) {
                    found = c;
                }
            }
            if (found == null) {
                return Optional.of("'" + segment + "' is not a field of " + type.getSimpleName());
            }
            type = found.getType();
        }
        return Optional.empty();
    }
}
