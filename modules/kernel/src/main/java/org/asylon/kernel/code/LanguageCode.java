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
 * The value is an ISO 639-3 language code of the register, in lower case as ISO writes it. Null is
 * left to {@code @NotNull}; on a list, annotate the element type ({@code List<@LanguageCode
 * String>}) and the violation names the element ({@code field[2]}).
 */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageCode.Validator.class)
public @interface LanguageCode {

    /** What an official reads beside the field; also used by checks outside Bean Validation. */
    String MESSAGE =
            "must be an ISO 639-3 language code in lower case (e.g. prs Dari, tir Tigrinya, ara Arabic)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LanguageCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Languages.isValid(value);
        }
    }
}
