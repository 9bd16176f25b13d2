package org.asylon.entry.person.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import org.asylon.entry.person.entity.PartialDate;

/** A real date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (so not 1990-02-30). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartialDateText.Validator.class)
public @interface PartialDateText {

    String message() default "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartialDateText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                PartialDate.parse(value, false);
                return true;
            } catch (IllegalArgumentException | DateTimeException e) {
                return false;
            }
        }
    }
}
