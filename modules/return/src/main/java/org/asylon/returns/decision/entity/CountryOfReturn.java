package org.asylon.returns.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Collection;
import java.util.List;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.returns.decision.entity.DecisionTerms.CountryTerms;

/**
 * The country a decision returns the person to, and why: a country of nationality, of habitual
 * residence, or a country of transit only as {@code return.country.transit} allows (in the EU
 * profile, under a readmission agreement or arrangement: Return Directive 2008/115/EC, Art 3(3),
 * unconfirmed). Never a country the person fears ({@code return.country.non-refoulement}, on the
 * profile's {@code entry.non-refoulement.basis}), whatever the profile's rules say.
 */
@Embeddable
public class CountryOfReturn {

    @Column(name = "country", nullable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_basis", nullable = false)
    private CountryBasis basis;

    @Column(name = "readmission_arrangement")
    private String arrangement;

    /** The basis of return.country.transit, for a country of transit. */
    @Column(name = "transit_basis")
    private String transitBasis;

    protected CountryOfReturn() {}

    /**
     * The country the terms name, checked against the case and the profile.
     *
     * @param nationalities the nationalities the case records (may be empty)
     * @param feared the countries the person fears, as the protection area records them
     * @throws ProblemException 422 naming the rule or the field
     */
    public static CountryOfReturn choose(
            CountryTerms terms,
            ReturnLaw law,
            List<String> nationalities,
            Collection<String> feared) {
        Country state =
                Countries.find(terms.country())
                        .filter(Country::inUse)
                        .filter(Country::namesAState)
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "countryOfReturn.country",
                                                "must name a state: ISO 3166-1 alpha-3 in"
                                                        + " capitals (e.g. IRQ), not a status or"
                                                        + " an organisation"));
        neverFeared(state.code(), feared, law);
        CountryOfReturn chosen = new CountryOfReturn();
        chosen.country = state.code();
        chosen.basis = terms.basis();
        chosen.arrangement =
                VoluntaryDeparture.blank(terms.arrangement()) ? null : terms.arrangement().strip();
        switch (terms.basis()) {
            case NATIONALITY -> {
                if (!nationalities.isEmpty()
                        && nationalities.stream()
                                .map(Countries::comparable)
                                .noneMatch(Countries.comparable(state.code())::equals)) {
                    throw ProblemException.invalidField(
                            "countryOfReturn.country",
                            "is not a nationality the case records ("
                                    + String.join(", ", nationalities)
                                    + "): for the country of habitual residence or of transit,"
                                    + " say so in countryOfReturn.basis");
                }
            }
            case HABITUAL_RESIDENCE -> {}
            case TRANSIT -> {
                String rule = law.transit().value();
                if (ReturnLaw.TRANSIT_NEVER.equals(rule)) {
                    throw ProblemException.ruleViolated(
                            ReturnLaw.TRANSIT,
                            law.transit().basis(),
                            "The profile allows no return to a country of transit.");
                }
                if (ReturnLaw.TRANSIT_ARRANGEMENT.equals(rule) && chosen.arrangement == null) {
                    throw ProblemException.ruleViolated(
                            ReturnLaw.TRANSIT,
                            law.transit().basis(),
                            "A country of transit only under a readmission agreement or"
                                    + " arrangement: name it in countryOfReturn.arrangement.");
                }
                chosen.transitBasis = law.transit().basis();
            }
        }
        return chosen;
    }

    /**
     * @throws ProblemException 422 {@code rule-violated} {@code return.country.non-refoulement}
     *     when the person fears the country
     */
    public static void neverFeared(String country, Collection<String> feared, ReturnLaw law) {
        String comparable = Countries.comparable(country);
        if (feared.stream().map(Countries::comparable).anyMatch(comparable::equals)) {
            throw ProblemException.ruleViolated(
                    ReturnLaw.NON_REFOULEMENT,
                    law.nonRefoulementBasis(),
                    "The person has stated a fear of "
                            + name(country)
                            + ": no return decision names it, and no one is sent there. The"
                            + " protection question is open; choose another country only once it"
                            + " is answered.");
        }
    }

    /** "Iraq (IRQ)". */
    public static String name(String code) {
        return Countries.find(code).map(c -> c.name() + " (" + code + ")").orElse(code);
    }

    public boolean feared(Collection<String> feared) {
        String comparable = Countries.comparable(country);
        return feared.stream().map(Countries::comparable).anyMatch(comparable::equals);
    }

    public String country() {
        return country;
    }

    public CountryBasis basis() {
        return basis;
    }

    public String arrangement() {
        return arrangement;
    }

    public String transitBasis() {
        return transitBasis;
    }
}
