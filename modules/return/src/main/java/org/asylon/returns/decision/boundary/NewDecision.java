package org.asylon.returns.decision.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.returns.decision.entity.CountryBasis;
import org.asylon.returns.decision.entity.DecisionTerms;

/**
 * A return decision as the officer issues it. Whether the period, the entry ban and the country
 * meet the profile's rules is checked on the decision (422 rule-violated naming the rule), not
 * here.
 */
public record NewDecision(
        @NotBlank(message = "is required: a code of the profile's return.decision.grounds")
                @Size(max = 60)
                String groundCode,
        @NotBlank(message = "is required: the reasons in fact and law, for this person")
                @Size(max = 20000)
                String reasons,
        Boolean borderProcedure,
        @Valid Period voluntaryDeparture,
        @Valid Ban entryBan,
        @NotNull(message = "is required: the country the person is to return to") @Valid
                Country countryOfReturn) {

    /** The period for voluntary departure; left out, the profile's period as it is. */
    public record Period(
            @PositiveOrZero(message = "must be 0 (no period) or more")
                    @Max(value = 3650, message = "must be at most 3650 days")
                    Integer days,
            @Size(max = 10) List<@NotBlank @Size(max = 60) String> shorteningGrounds,
            @Size(max = 10) List<@NotBlank @Size(max = 60) String> extensionCircumstances,
            @Size(max = 8000) String reasons) {}

    /** An entry ban; left out, none. */
    public record Ban(
            @Size(max = 20) String duration,
            Boolean indefinite,
            @Size(max = 10) List<@NotBlank @Size(max = 60) String> longerGrounds,
            @Size(max = 8000) String reasons) {}

    /** The country of return and why. */
    public record Country(
            @NotBlank(message = "is required: ISO 3166-1 alpha-3, e.g. IRQ") @CountryCode
                    String country,
            @NotNull(message = "is required: NATIONALITY, HABITUAL_RESIDENCE or TRANSIT")
                    CountryBasis basis,
            @Size(max = 400) String arrangement) {

        DecisionTerms.CountryTerms toTerms() {
            return new DecisionTerms.CountryTerms(country.trim(), basis, arrangement);
        }
    }

    DecisionTerms toTerms() {
        return new DecisionTerms(
                groundCode.trim(),
                reasons,
                Boolean.TRUE.equals(borderProcedure),
                voluntaryDeparture == null
                        ? null
                        : new DecisionTerms.PeriodTerms(
                                voluntaryDeparture.days(),
                                voluntaryDeparture.shorteningGrounds(),
                                voluntaryDeparture.extensionCircumstances(),
                                voluntaryDeparture.reasons()),
                entryBan == null
                        ? null
                        : new DecisionTerms.BanTerms(
                                entryBan.duration(),
                                Boolean.TRUE.equals(entryBan.indefinite()),
                                entryBan.longerGrounds(),
                                entryBan.reasons()),
                countryOfReturn.toTerms());
    }
}
