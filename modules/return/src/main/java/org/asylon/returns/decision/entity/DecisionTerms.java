package org.asylon.returns.decision.entity;

import java.util.List;

/**
 * A return decision as the officer issues it; the rules it must meet are checked by {@link
 * ReturnDecision#issue}.
 *
 * @param voluntaryDeparture null: the profile's period as it is
 * @param entryBan null: no entry ban
 */
public record DecisionTerms(
        String groundCode,
        String reasons,
        boolean borderProcedure,
        PeriodTerms voluntaryDeparture,
        BanTerms entryBan,
        CountryTerms countryOfReturn) {

    /**
     * The period granted.
     *
     * @param days null: the profile's period; 0: none
     */
    public record PeriodTerms(
            Integer days,
            List<String> shorteningGrounds,
            List<String> extensionCircumstances,
            String reasons) {

        public PeriodTerms {
            shorteningGrounds = shorteningGrounds == null ? List.of() : shorteningGrounds;
            extensionCircumstances =
                    extensionCircumstances == null ? List.of() : extensionCircumstances;
        }
    }

    /**
     * An entry ban.
     *
     * @param duration ISO-8601 period ({@code P3Y}, {@code P18M}); null for an indefinite ban
     */
    public record BanTerms(
            String duration, boolean indefinite, List<String> longerGrounds, String reasons) {

        public BanTerms {
            longerGrounds = longerGrounds == null ? List.of() : longerGrounds;
        }
    }

    /**
     * The country of return.
     *
     * @param arrangement the readmission agreement or arrangement the return rests on, if any
     */
    public record CountryTerms(String country, CountryBasis basis, String arrangement) {}
}
