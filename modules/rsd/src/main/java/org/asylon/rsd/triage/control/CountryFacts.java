package org.asylon.rsd.triage.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The country data the data-decided grounds need: recognition rates and safe countries of origin,
 * each with where it comes from so that the explanation of a track can cite it.
 */
public record CountryFacts(Map<String, Rate> rates, Map<String, Designation> safeCountries) {

    public static final CountryFacts NONE = new CountryFacts(Map.of(), Map.of());

    public CountryFacts {
        rates = Map.copyOf(rates);
        safeCountries = Map.copyOf(safeCountries);
    }

    public record Rate(BigDecimal percent, String period, String source, LocalDate asOf) {}

    public record Designation(String basis, String source, LocalDate designatedOn) {}
}
