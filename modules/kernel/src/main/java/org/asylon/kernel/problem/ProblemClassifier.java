package org.asylon.kernel.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.DateTimeException;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which problem an exception stands for. Everything a client can cause (unreadable JSON,
 * wrong types, unknown codes, a stale version) becomes a 4xx that says what to fix; anything else
 * is a 500 that carries only an incident id, with the details written to the server log.
 */
public final class ProblemClassifier {

    private static final Logger LOG = Logger.getLogger(ProblemClassifier.class.getName());
    // Yasson and Parsson name the JSON property they failed on in their messages; nothing else of
    // those messages (class names, positions in Java code) may reach the client.
    private static final Pattern PROPERTY =
            Pattern.compile("(?:deserialize property|Json property) ['\"]?([A-Za-z0-9_]+)['\"]?");
    private static final Pattern UNKNOWN_PROPERTY =
            Pattern.compile("Json property (\\w+) can not be mapped");
    private static final String IMPOSSIBLE_DATE = "is not a real date: no such day or month exists";
    private static final Pattern ENUM_CONSTANT =
            Pattern.compile("No enum constant ([\\w.$]+)\\.(\\S+)");

    private ProblemClassifier() {}

    public static Problem classify(Throwable thrown, String instance) {
        Optional<ProblemException> problem = find(thrown, ProblemException.class);
        if (problem.isPresent()) {
            return problem.get().toProblem(instance);
        }
        if (find(thrown, OptimisticLockException.class).isPresent()) {
            return Problem.of(
                    ProblemType.PRECONDITION_FAILED,
                    "The record was changed by someone else while you were working on it. Read it again and retry.",
                    instance);
        }
        Optional<Throwable> json =
                firstOf(
                        thrown,
                        JsonbException.class,
                        JsonParsingException.class,
                        jakarta.json.JsonException.class);
        if (json.isPresent() || isBodyReadFailure(thrown)) {
            return unreadableBody(thrown, instance);
        }
        if (thrown instanceof WebApplicationException web) {
            return fromStatus(web.getResponse().getStatus(), instance);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + instance, thrown);
        return new Problem(
                ProblemType.INTERNAL_ERROR,
                "The request could not be completed. Quote incident "
                        + incident
                        + " to your support desk.",
                instance,
                List.of(),
                Map.of("incident", incident));
    }

    private static boolean isBodyReadFailure(Throwable thrown) {
        return thrown instanceof ProcessingException
                || (thrown instanceof WebApplicationException web
                        && web.getResponse().getStatus() == 400
                        && web.getCause() != null);
    }

    private static Problem unreadableBody(Throwable thrown, String instance) {
        // the binding nests its messages: "property 'person'" outside, "property 'sex'" inside
        java.util.List<String> path = new java.util.ArrayList<>();
        String unknown = null;
        String expected = null;
        String enumField = null;
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher property = PROPERTY.matcher(message);
            while (property.find()) {
                if (path.isEmpty() || !path.get(path.size() - 1).equals(property.group(1))) {
                    path.add(property.group(1));
                }
            }
            Matcher notMapped = UNKNOWN_PROPERTY.matcher(message);
            if (unknown == null && notMapped.find()) {
                unknown = notMapped.group(1);
            }
            Matcher constant = ENUM_CONSTANT.matcher(message);
            if (expected == null && constant.find()) {
                expected = allowedValues(constant.group(1));
                enumField = RequestBody.pathOfString(constant.group(2)).orElse(null);
            }
        }
        if (unknown != null) {
            path.remove(unknown);
            path.add(unknown);
        }
        String field =
                enumField != null ? enumField : path.isEmpty() ? null : String.join(".", path);
        if (field != null) {
            String message =
                    unknown != null
                            ? "is not a field of this request; check its spelling"
                            : expected != null
                                    ? "is not one of the allowed values: " + expected
                                    : impossibleDate(thrown)
                                            ? IMPOSSIBLE_DATE
                                            : "has a value of the wrong type or format";
            return new Problem(
                    ProblemType.INVALID_REQUEST,
                    field + " " + message + ".",
                    instance,
                    List.of(new FieldError(field, message)),
                    Map.of());
        }
        return Problem.of(
                ProblemType.INVALID_REQUEST,
                "The request body is not valid JSON of the expected shape. Check quotes, brackets, commas and value types.",
                instance);
    }

    /**
     * A date written in the right form that does not exist (2016-02-30, month 13): the date-time
     * parser read it and then refused to resolve it, which it reports as a plain {@link
     * DateTimeException} under the parse error.
     */
    private static boolean impossibleDate(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DateTimeException && !(t instanceof DateTimeParseException)) {
                return true;
            }
        }
        return false;
    }

    private static String allowedValues(String enumClass) {
        // the message gives the canonical name; a nested enum's binary name has '$' for the last
        // dots
        String name = enumClass;
        for (int attempt = 0; attempt < 3 && name.contains("."); attempt++) {
            try {
                Class<?> type =
                        Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                if (type.isEnum()) {
                    return String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
                }
                return null;
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = name.lastIndexOf('.');
                name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            }
        }
        LOG.log(Level.FINE, () -> "enum " + enumClass + " not loadable for a problem message");
        return null;
    }

    public static Problem fromStatus(int status, String instance) {
        ProblemType type =
                switch (status) {
                    case 400 -> ProblemType.INVALID_REQUEST;
                    case 401 -> ProblemType.NOT_AUTHENTICATED;
                    case 403 -> ProblemType.FORBIDDEN;
                    case 404 -> ProblemType.NOT_FOUND;
                    case 405 -> ProblemType.METHOD_NOT_ALLOWED;
                    case 406 -> ProblemType.NOT_ACCEPTABLE;
                    case 409 -> ProblemType.CONFLICT;
                    case 412 -> ProblemType.PRECONDITION_FAILED;
                    case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
                    case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
                    case 428 -> ProblemType.PRECONDITION_REQUIRED;
                    case 503 -> ProblemType.UNAVAILABLE;
                    default ->
                            status >= 500
                                    ? ProblemType.INTERNAL_ERROR
                                    : ProblemType.INVALID_REQUEST;
                };
        return Problem.of(type, null, instance);
    }

    private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<Throwable> firstOf(
            Throwable thrown, Class<? extends Throwable>... types) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
