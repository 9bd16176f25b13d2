package org.asylon.entry.document.control;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The codes of Doc 9303 Part 3 §5 parts A to H that are not ISO 3166-1 alpha-3. */
final class SpecialCodes {

    static final String STATELESS = "XXA";
    static final String REFUGEE_1951_CONVENTION = "XXB";
    static final String REFUGEE_OTHER = "XXC";
    static final String UNSPECIFIED_NATIONALITY = "XXX";
    static final String SPECIMEN = "UTO";
    static final Set<String> DEPRECATED = Set.of("ANT", "NTZ");

    private static final String OTHER_ORGANISATION = "other issuing organisation (meaning not recorded in the reference)";

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("D", "Germany"),
            Map.entry("GBD", "British Overseas Territories Citizen"),
            Map.entry("GBN", "British National (Overseas)"),
            Map.entry("GBO", "British Overseas Citizen"),
            Map.entry("GBP", "British Protected Person"),
            Map.entry("GBS", "British Subject"),
            Map.entry("RKS", "Kosovo (in operational use, not ISO 3166)"),
            Map.entry("EUE", "European Union"),
            Map.entry("UNO", "United Nations Organization, or one of its officials"),
            Map.entry("UNA", "a UN specialized agency, or one of its officials"),
            Map.entry("UNK", "a Kosovo resident holding a travel document issued by UNMIK"),
            Map.entry("XBA", OTHER_ORGANISATION), Map.entry("XIM", OTHER_ORGANISATION),
            Map.entry("XCC", OTHER_ORGANISATION), Map.entry("XCE", OTHER_ORGANISATION),
            Map.entry("XCO", OTHER_ORGANISATION), Map.entry("XEC", OTHER_ORGANISATION),
            Map.entry("XPO", OTHER_ORGANISATION), Map.entry("XES", OTHER_ORGANISATION),
            Map.entry("XMP", OTHER_ORGANISATION), Map.entry("XOM", OTHER_ORGANISATION),
            Map.entry("XDC", OTHER_ORGANISATION),
            Map.entry(STATELESS, "stateless person (Art 1 of the 1954 Convention)"),
            Map.entry(REFUGEE_1951_CONVENTION, "refugee under Art 1 of the 1951 Convention as amended by the 1967 Protocol"),
            Map.entry(REFUGEE_OTHER, "refugee other than those under XXB"),
            Map.entry(UNSPECIFIED_NATIONALITY, "unspecified nationality"),
            Map.entry("ANT", "deprecated code (two-letter AN)"),
            Map.entry("NTZ", "deprecated code (two-letter NT)"),
            Map.entry(SPECIMEN, "Utopia: used on specimens only, never on a real document"),
            Map.entry("IAO", "ICAO: used only when signing master lists, never on a travel document"));

    private SpecialCodes() {
    }

    static Optional<String> meaningOf(String code) {
        return Optional.ofNullable(MEANINGS.get(code));
    }
}
