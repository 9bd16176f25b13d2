package org.asylon.kernel.problem;

import java.util.List;
import java.util.Map;

/**
 * An error the client can act on. Thrown anywhere in a module and turned into an RFC 9457 response
 * by {@link ThrowableMapper} (through {@link ProblemClassifier}); the detail is written for the
 * person at the counter, not for a developer.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> fieldErrors;
    private final Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(
            ProblemType type,
            String detail,
            List<FieldError> fieldErrors,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id + ".");
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                field + ": " + message,
                List.of(new FieldError(field, message)),
                Map.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(
                ProblemType.INVALID_REQUEST,
                field + ": " + message,
                List.of(new FieldError(field, message)),
                Map.of());
    }

    /**
     * A domain rule refused the action. {@code rule} names it and {@code basis} gives its legal
     * basis where it comes from law, so the official can explain the refusal.
     */
    public static ProblemException ruleViolated(String rule, String basis, String detail) {
        Map<String, Object> ext =
                basis == null ? Map.of("rule", rule) : Map.of("rule", rule, "legalBasis", basis);
        return new ProblemException(ProblemType.RULE_VIOLATED, detail, List.of(), ext);
    }

    /**
     * The same problem with every field name prefixed, for a request nested in a larger one (a
     * group member, a batch item), so the client is told exactly which part to fix.
     */
    public ProblemException prefixFields(String prefix) {
        List<FieldError> prefixed =
                fieldErrors.stream()
                        .map(e -> new FieldError(prefix + e.field(), e.message()))
                        .toList();
        String detail = fieldErrors.isEmpty() ? getMessage() : prefix + getMessage();
        return new ProblemException(type, detail, prefixed, extensions);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, getMessage(), instance, fieldErrors, extensions);
    }
}
