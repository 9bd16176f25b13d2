package org.asylon.entry.person.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-3 country code, or one of the ICAO Doc 9303 Part 3 codes a travel document may
 * carry instead: XXA stateless, XXB/XXC refugee, XXX unspecified, D (Germany), UN and EU
 * organisations, the British nationality variants and RKS. Null is left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
    ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCode.Validator.class)
public @interface CountryCode {

    String message() default "must be an ISO 3166-1 alpha-3 country code (e.g. SYR) or an ICAO code (XXA stateless, XXB or XXC refugee, XXX unspecified)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** ICAO Doc 9303 Part 3 section 5 codes that are not ISO 3166-1 alpha-3. */
    Set<String> ICAO_CODES = Set.of("D", "GBD", "GBN", "GBO", "GBP", "GBS", "RKS", "EUE", "UNO", "UNA", "UNK",
            "XXA", "XXB", "XXC", "XXX", "UTO");

    /** Codes that say the nationality is stateless, refugee or unspecified rather than a state. */
    Set<String> NOT_A_STATE = Set.of("XXA", "XXB", "XXC", "XXX");

    final class Holder {
        static final Set<String> ALL;

        static {
            Set<String> all = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
            all.addAll(ICAO_CODES);
            ALL = Set.copyOf(all);
        }

        private Holder() {
        }

        public static boolean isValid(String code) {
            return ALL.contains(code);
        }
    }

    class Validator implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Holder.isValid(value);
        }
    }
}
