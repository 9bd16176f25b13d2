package org.asylon.kernel.partner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The fixed list of fields a purpose may allow a partner to receive. Each yields one or more named
 * values of the person's {@link PersonFacts}; nothing outside this list can ever leave a module
 * through a referral.
 */
public enum SharedField {
    NAMES(
            p -> {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("surname", p.surname());
                m.put("givenNames", p.givenNames());
                m.put("originalScriptName", p.originalScriptName());
                return m;
            }),
    DATE_OF_BIRTH(p -> one("dateOfBirth", p.dateOfBirth())),
    SEX(p -> one("sex", p.sex())),
    NATIONALITIES(p -> one("nationalities", String.join(",", p.nationalities()))),
    LANGUAGES(p -> one("languages", String.join(",", p.languages()))),
    SPECIFIC_NEEDS(p -> one("specificNeeds", String.join(",", p.specificNeeds()))),
    UNACCOMPANIED_CHILD(p -> one("unaccompaniedChild", Boolean.toString(p.unaccompaniedChild())));

    private final Function<PersonFacts, Map<String, String>> values;

    SharedField(Function<PersonFacts, Map<String, String>> values) {
        this.values = values;
    }

    /** The values of this field for the person; unknown (null or empty) values are left out. */
    public Map<String, String> of(PersonFacts person) {
        Map<String, String> out = new LinkedHashMap<>();
        values.apply(person)
                .forEach(
                        (k, v) -> {
                            if (v != null && !v.isBlank()) {
                                out.put(k, v);
                            }
                        });
        return out;
    }

    private static Map<String, String> one(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }
}
