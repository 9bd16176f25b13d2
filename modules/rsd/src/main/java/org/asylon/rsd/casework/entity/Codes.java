package org.asylon.rsd.casework.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Lists of codes (ISO 639-3 languages) kept in one column, comma-separated. */
final class Codes {

    private Codes() {}

    static String join(Collection<String> codes) {
        return codes == null
                ? ""
                : String.join(",", codes.stream().map(String::trim).distinct().sorted().toList());
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
