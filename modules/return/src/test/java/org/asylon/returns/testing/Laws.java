package org.asylon.returns.testing;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.returns.decision.control.DepartureClock;
import org.asylon.returns.decision.control.ReturnProfile;
import org.asylon.returns.decision.entity.CountryBasis;
import org.asylon.returns.decision.entity.DecisionTerms;
import org.asylon.returns.decision.entity.ReturnLaw;

/** The reference profiles' return rules and decision terms with sensible defaults, for tests. */
public final class Laws {

    public static final String EU = "eu-pact-2026";
    public static final String CONVENTION = "convention-1951";

    /** A working day in eu-pact-2026's zone (Europe/Brussels), 10:00 local time. */
    public static final Instant DECIDED = Instant.parse("2026-12-01T09:00:00Z");

    private Laws() {}

    public static LegalProfile profile(String name) {
        return new ProfileLoader().load(name);
    }

    public static ReturnLaw law(String profile) {
        return ReturnProfile.lawOf(profile(profile));
    }

    public static DepartureClock clock(String profile) {
        return new DepartureClock(profile(profile));
    }

    /** Illegal stay, return to Iraq (nationality), the profile's period, no ban. */
    public static DecisionTerms terms() {
        return new DecisionTerms(
                "illegal-stay",
                "Stays without a permit since the visa expired on 2026-03-01.",
                false,
                null,
                null,
                iraq());
    }

    public static DecisionTerms.CountryTerms iraq() {
        return new DecisionTerms.CountryTerms("IRQ", CountryBasis.NATIONALITY, null);
    }

    public static DecisionTerms withPeriod(
            Integer days, List<String> grounds, List<String> circumstances, String reasons) {
        DecisionTerms t = terms();
        return new DecisionTerms(
                t.groundCode(),
                t.reasons(),
                false,
                new DecisionTerms.PeriodTerms(days, grounds, circumstances, reasons),
                null,
                t.countryOfReturn());
    }

    public static DecisionTerms withBan(
            String duration, boolean indefinite, List<String> longer, String reasons) {
        DecisionTerms t = terms();
        return new DecisionTerms(
                t.groundCode(),
                t.reasons(),
                false,
                null,
                new DecisionTerms.BanTerms(duration, indefinite, longer, reasons),
                t.countryOfReturn());
    }

    public static DecisionTerms withCountry(DecisionTerms.CountryTerms country) {
        DecisionTerms t = terms();
        return new DecisionTerms(t.groundCode(), t.reasons(), false, null, null, country);
    }
}
