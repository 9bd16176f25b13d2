package org.asylon.kernel.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One purpose a partner is registered for, with the fields it may receive for it. */
@Embeddable
public class PurposeGrant {

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private Purpose purpose;

    /** Comma-separated {@link SharedField} names. */
    @Column(name = "fields", nullable = false, length = 500)
    private String fields;

    protected PurposeGrant() {}

    public PurposeGrant(Purpose purpose, Set<SharedField> fields) {
        this.purpose = purpose;
        this.fields = fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public Purpose purpose() {
        return purpose;
    }

    public Set<SharedField> fields() {
        Set<SharedField> out = EnumSet.noneOf(SharedField.class);
        if (fields != null && !fields.isBlank()) {
            for (String f : fields.split(",")) {
                out.add(SharedField.valueOf(f));
            }
        }
        return out;
    }

    /** The values of the person this grant lets the partner receive, and nothing else. */
    public Map<String, String> valuesOf(PersonFacts person) {
        Map<String, String> out = new LinkedHashMap<>();
        fields().forEach(f -> out.putAll(f.of(person)));
        return out;
    }
}
