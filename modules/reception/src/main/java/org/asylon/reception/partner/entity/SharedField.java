package org.asylon.reception.partner.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.asylon.reception.arrival.entity.Arrival;

/**
 * The fixed list of arrival fields a purpose may allow a partner to receive. Each yields one or
 * more named values of the arrival; nothing outside this list can ever leave reception through a
 * referral.
 */
public enum SharedField {
    NAMES(
            a -> {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("surname", a.surname());
                m.put("givenNames", a.givenNames());
                m.put("originalScriptName", a.originalScriptName());
                return m;
            }),
    DATE_OF_BIRTH(a -> one("dateOfBirth", a.dateOfBirth())),
    SEX(a -> one("sex", a.sex())),
    NATIONALITIES(a -> one("nationalities", String.join(",", a.nationalities()))),
    LANGUAGES(a -> one("languages", String.join(",", a.languages()))),
    SPECIFIC_NEEDS(a -> one("specificNeeds", String.join(",", a.specificNeeds()))),
    UNACCOMPANIED_CHILD(a -> one("unaccompaniedChild", Boolean.toString(a.unaccompaniedChild())));

    private final Function<Arrival, Map<String, String>> values;

    SharedField(Function<Arrival, Map<String, String>> values) {
        this.values = values;
    }

    /** The values of this field on the arrival; unknown (null or empty) values are left out. */
    public Map<String, String> of(Arrival arrival) {
        Map<String, String> out = new LinkedHashMap<>();
        values.apply(arrival)
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
