package org.asylon.kernel.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean Validation failures become a 422 listing each invalid field by its JSON path ({@code
 * person.dateOfBirth}), without the Java method and parameter names that prefix it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    static final int MAX_REPORTED = 50;

    @Context UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return problemOf(exception.getConstraintViolations(), ThrowableMapper.instance(uri))
                .toResponse();
    }

    /**
     * The problem for these violations: each invalid field by its path, in the order of the paths,
     * at most {@link #MAX_REPORTED} of them (a body of thousands of bad items must not come back as
     * a problem document of megabytes); the detail says how many more there were.
     */
    public static Problem problemOf(
            Set<? extends ConstraintViolation<?>> violations, String instance) {
        List<FieldError> errors =
                violations.stream()
                        .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .limit(MAX_REPORTED)
                        .toList();
        String detail =
                errors.stream()
                        .map(e -> e.field() + ": " + e.message())
                        .collect(Collectors.joining("; "));
        if (violations.size() > errors.size()) {
            detail +=
                    "; and "
                            + (violations.size() - errors.size())
                            + " more invalid values not listed";
        }
        return new Problem(ProblemType.VALIDATION_FAILED, detail, instance, errors, Map.of());
    }

    public static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                // a query or header parameter is named by itself; a request body is the root of its
                // fields
                if (i == nodes.size() - 1) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
