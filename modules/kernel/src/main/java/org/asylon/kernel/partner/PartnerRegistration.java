package org.asylon.kernel.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;

/**
 * A partner to register, as every module's {@code POST partners} reads it: {@code purposes} maps
 * each purpose (e.g. {@code ASSISTED_VOLUNTARY_RETURN}) to the fields it may receive (e.g. {@code
 * ["NAMES","DATE_OF_BIRTH"]}); {@code users} are the user names of its accounts (role {@code
 * partner}).
 */
public record PartnerRegistration(
        @NotBlank(message = "give the organisation's name") @Size(max = 200) String name,
        @NotEmpty(message = "give at least one purpose with the fields it may receive")
                Map<String, List<String>> purposes,
        @Size(max = 100) List<@Size(max = 100) String> users) {

    /**
     * The purposes with their fields.
     *
     * @throws ProblemException 422 naming {@code purposes} or {@code purposes.<purpose>} for a code
     *     that is not a purpose or a field
     */
    public Map<Purpose, Set<SharedField>> grants() {
        Map<Purpose, Set<SharedField>> out = new EnumMap<>(Purpose.class);
        purposes.forEach(
                (p, fields) -> {
                    Purpose purpose = parse(Purpose.class, p, "purposes");
                    Set<SharedField> set = EnumSet.noneOf(SharedField.class);
                    if (fields != null) {
                        fields.forEach(f -> set.add(parse(SharedField.class, f, "purposes." + p)));
                    }
                    out.put(purpose, set);
                });
        return out;
    }

    /** The accounts' user names, trimmed, without blanks or repeats. */
    public List<String> accounts() {
        return users == null
                ? List.of()
                : users.stream()
                        .filter(u -> u != null && !u.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalidField(
                    field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
