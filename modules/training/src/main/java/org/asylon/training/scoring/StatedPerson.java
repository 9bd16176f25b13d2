package org.asylon.training.scoring;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a module's event says a person is: the names as the officer wrote them (stated, as in the
 * document, in the person's own script) and the date of birth ({@code YYYY[-MM[-DD]]}). Read from
 * entry's {@code encounter-registered} ({@code data.person}), reception's {@code
 * arrival-registered}, RSD's {@code claim-pending} ({@code data.person}), detention's {@code
 * person-registered} and return's {@code case-opened}, which carry these fields under these names.
 *
 * @param names each a surname and given names as one spelling gave them
 * @param originalScriptName the name in its own script, null when not given
 */
record StatedPerson(
        List<Name> names, String originalScriptName, String dateOfBirth, boolean estimated) {

    record Name(String surname, String givenNames) {}

    /** The person facts an event carries, if any. */
    static Optional<StatedPerson> of(JsonObject data) {
        JsonObject facts =
                data.get("person") instanceof JsonObject person && !person.isEmpty()
                        ? person
                        : data;
        List<Name> names = new ArrayList<>();
        name(facts, "statedSurname", "statedGivenNames", names);
        name(facts, "documentSurname", "documentGivenNames", names);
        name(facts, "surname", "givenNames", names);
        String original = text(facts, "originalScriptName");
        if (names.isEmpty() && original == null) {
            return Optional.empty();
        }
        return Optional.of(
                new StatedPerson(
                        names,
                        original,
                        text(facts, "dateOfBirth"),
                        facts.getBoolean("dateOfBirthEstimated", false)));
    }

    private static void name(JsonObject facts, String surname, String given, List<Name> out) {
        String s = text(facts, surname);
        String g = text(facts, given);
        if (s != null || g != null) {
            out.add(new Name(s, g));
        }
    }

    private static String text(JsonObject facts, String field) {
        JsonValue value = facts.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? facts.getString(field)
                : null;
    }
}
