package org.asylon.kernel.code;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is a date written YYYY, YYYY-MM or YYYY-MM-DD whose known parts make a real date:
 * 2016-02-29 and 1990 are accepted, 2016-02-30 and 2016-13-01 are not. Whether a date of birth was
 * estimated is a field of its own. Null is left to {@code @NotNull}; on a list, annotate the
 * element type ({@code List<@PartialDateText String>}) and the violation names the element ({@code
 * field[2]}).
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartialDateText.Validator.class)
public @interface PartialDateText {

    /** What an official reads beside the field; also used by checks outside Bean Validation. */
    String MESSAGE =
            "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1990, 1990-06 or 1990-06-15)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartialDateText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PartialDate.isValid(value);
        }
    }
}
