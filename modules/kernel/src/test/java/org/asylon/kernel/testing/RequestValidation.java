package org.asylon.kernel.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.problem.ConstraintViolationMapper;
import org.asylon.kernel.problem.FieldError;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a request record as the server does before a resource sees it, and lists the invalid
 * fields as the problem document names them ({@code nationalities[1]}), so that a unit test can
 * prove what a request refuses without starting a server.
 */
public final class RequestValidation {

    // messages here are plain text: no expression language is needed to interpolate them
    private static final Validator VALIDATOR =
            Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory()
                    .getValidator();

    private RequestValidation() {}

    /** The field errors of the 422 problem the request would get; empty when it is valid. */
    public static List<FieldError> errorsOf(Object request) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(request);
        return ConstraintViolationMapper.problemOf(violations, null).errors();
    }
}
