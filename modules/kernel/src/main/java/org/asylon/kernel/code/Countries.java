package org.asylon.kernel.code;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country register: ISO 3166-1 alpha-3 codes in use and withdrawn (from Debian's iso-codes),
 * and the codes ICAO Doc 9303 Part 3 section 5 adds for travel documents. Codes are upper case, as
 * the standards write them; a lower-case code is not looked up in another case, it is not a code.
 * Read once, on first use.
 */
public final class Countries {

    /** Doc 9303 list E: a stateless person (Art 1 of the 1954 Convention). */
    public static final String STATELESS = "XXA";

    /**
     * Doc 9303 list E: a refugee under Art 1 of the 1951 Convention as amended by the 1967
     * Protocol.
     */
    public static final String REFUGEE_1951_CONVENTION = "XXB";

    /** Doc 9303 list E: a refugee other than those of {@link #REFUGEE_1951_CONVENTION}. */
    public static final String REFUGEE_OTHER = "XXC";

    /** Doc 9303 list E: nationality unspecified. */
    public static final String UNSPECIFIED_NATIONALITY = "XXX";

    /** Doc 9303 list G: Utopia, on specimens only. */
    public static final String SPECIMEN = "UTO";

    private Countries() {}

    /** Any code of the register, withdrawn ones included; empty for null or an unknown code. */
    public static Optional<Country> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Register.CODES.get(code));
    }

    /**
     * True for a code a new request may carry: in use in ISO 3166-1, or an ICAO travel-document
     * code.
     */
    public static boolean isValid(String code) {
        return find(code).map(Country::inUse).orElse(false);
    }

    /**
     * The code under which records are compared, so that a German passport's {@code D} and a stated
     * {@code DEU} are the same country; an unknown code is returned as it is.
     */
    public static String comparable(String code) {
        return find(code).map(Country::comparableCode).orElse(code);
    }

    private static final class Register {

        static final Map<String, Country> CODES = load();

        private static Map<String, Country> load() {
            Map<String, Country> codes = new LinkedHashMap<>();
            for (String[] row : CodeFile.rows("iso-3166-1.tsv", 2)) {
                add(codes, new Country(row[0], row[1], CountryKind.ISO_3166, null));
            }
            for (String[] row : CodeFile.rows("iso-3166-3.tsv", 3)) {
                // a withdrawn code given to another country since (ATF) is read as the current one
                codes.putIfAbsent(row[0], new Country(row[0], row[1], CountryKind.WITHDRAWN, null));
            }
            for (String[] row : CodeFile.rows("icao-9303.tsv", 5)) {
                String sameAs = row[3].isEmpty() ? null : row[3];
                if (sameAs != null
                        && !(codes.containsKey(sameAs)
                                && codes.get(sameAs).kind() == CountryKind.ISO_3166)) {
                    throw new IllegalStateException(
                            "icao-9303.tsv: "
                                    + row[0]
                                    + " is the same as "
                                    + sameAs
                                    + ", which is not an ISO 3166-1 code in use");
                }
                add(
                        codes,
                        new Country(
                                row[0],
                                row[4],
                                CountryKind.valueOf(
                                        row[2].toUpperCase(Locale.ROOT).replace('-', '_')),
                                sameAs));
            }
            return Map.copyOf(codes);
        }

        private static void add(Map<String, Country> codes, Country country) {
            if (codes.putIfAbsent(country.code(), country) != null) {
                throw new IllegalStateException(
                        "country code " + country.code() + " is listed twice");
            }
        }
    }
}
