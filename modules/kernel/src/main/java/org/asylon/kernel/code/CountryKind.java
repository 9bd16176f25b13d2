package org.asylon.kernel.code;

/**
 * Where a country code comes from and what it stands for. The ICAO kinds are the lists of ICAO Doc
 * 9303 Part 3 section 5 (see {@code asylon/codes/icao-9303.tsv}).
 */
public enum CountryKind {

    /** A code in use in ISO 3166-1 alpha-3: a state or territory. */
    ISO_3166(true),
    /**
     * A code withdrawn from ISO 3166-1 (listed in ISO 3166-3), such as YUG; Doc 9303 list F
     * deprecates ANT and NTZ. Old documents and records carry them; a new request may not.
     */
    WITHDRAWN(false),
    /**
     * Doc 9303 list A: a state's own code that is not its ISO one, D (Germany), or not in ISO at
     * all, RKS (Kosovo).
     */
    STATE(true),
    /**
     * Doc 9303 list A: a category of one state's nationals (the British GBD, GBN, GBO, GBP and
     * GBS).
     */
    NATIONALITY(true),
    /**
     * Doc 9303 lists B to D: the European Union, the United Nations and other issuing
     * organisations.
     */
    ORGANISATION(true),
    /**
     * Doc 9303 list E: stateless (XXA), refugee (XXB, XXC) or unspecified (XXX): no nationality is
     * named.
     */
    NO_NATIONALITY(true),
    /**
     * Doc 9303 list G: Utopia, used on the ICAO specimens; accepted so that training can use them.
     */
    SPECIMEN(true),
    /** Doc 9303 list H: ICAO itself, used only to sign master lists, never on a travel document. */
    MASTER_LIST(false);

    private final boolean inUse;

    CountryKind(boolean inUse) {
        this.inUse = inUse;
    }

    /** Whether a new request may carry a code of this kind. */
    public boolean inUse() {
        return inUse;
    }
}
