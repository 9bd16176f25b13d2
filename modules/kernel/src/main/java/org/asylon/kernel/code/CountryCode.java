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
 * The value is a country or nationality code: ISO 3166-1 alpha-3 in capitals or a code ICAO Doc
 * 9303 Part 3 gives travel documents (D Germany, XXA stateless, XXB or XXC refugee, XXX
 * unspecified, UN and EU codes). Withdrawn codes (YUG, ANT) are refused. Null is left to
 * {@code @NotNull}; on a list, annotate the element type ({@code List<@NotNull @CountryCode
 * String>}, or a null element is stored as it is) and the violation names the element ({@code
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
@Constraint(validatedBy = CountryCode.Validator.class)
public @interface CountryCode {

    /** What an official reads beside the field; also used by checks outside Bean Validation. */
    String MESSAGE =
            "must be a country code: ISO 3166-1 alpha-3 in capitals (e.g. SYR, AFG, DEU) or an ICAO "
                    + "travel-document code (D Germany, XXA stateless, XXB or XXC refugee, XXX unspecified)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Countries.isValid(value);
        }
    }
}
