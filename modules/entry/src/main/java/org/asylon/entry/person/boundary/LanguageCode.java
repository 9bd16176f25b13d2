package org.asylon.entry.person.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ISO 639-3 language code: three lower-case letters (e.g. {@code prs} Dari, {@code tir} Tigrinya).
 * Only the form is checked; the full ISO 639-3 register (about 7,900 codes) is not shipped.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
    ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "[a-z]{3}")
@jakarta.validation.ReportAsSingleViolation
public @interface LanguageCode {

    String message() default "must be an ISO 639-3 language code of three lower-case letters (e.g. ara, prs, tir)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
