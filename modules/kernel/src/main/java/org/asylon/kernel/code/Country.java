package org.asylon.kernel.code;

/**
 * One code of the country register.
 *
 * @param code as written in a record, e.g. {@code SYR}, {@code D}, {@code XXA}
 * @param name in English: the ISO 3166 short name, or what an ICAO code stands for
 * @param kind which list it comes from
 * @param sameAs the ISO 3166-1 code of the same country where the code is another way of writing it
 *     ({@code DEU} for Germany's {@code D}); null otherwise
 */
public record Country(String code, String name, CountryKind kind, String sameAs) {

    public boolean inUse() {
        return kind.inUse();
    }

    /**
     * A state where a person can live and be protected (ISO 3166-1, D, RKS), not an organisation or
     * a status.
     */
    public boolean namesAState() {
        return kind == CountryKind.ISO_3166 || kind == CountryKind.STATE;
    }

    /** Not an ISO 3166-1 code in use: a document reader shows what it means. */
    public boolean special() {
        return kind != CountryKind.ISO_3166;
    }

    /**
     * The code under which two records are compared: {@code DEU} for Germany's {@code D}, the code
     * itself otherwise.
     */
    public String comparableCode() {
        return sameAs == null ? code : sameAs;
    }
}
