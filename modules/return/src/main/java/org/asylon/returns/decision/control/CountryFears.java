package org.asylon.returns.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The countries the person on a case fears, as the protection area records them: a return decision
 * never names one, no departure is confirmed to one, and no removal goes to one.
 */
@ApplicationScoped
public class CountryFears {

    /** ISO 3166-1 alpha-3 (or ICAO) codes; empty when the person stated no fear. */
    public List<String> of(String caseId) {
        return fearedCountries(caseId);
    }

    private List<String> fearedCountries(String caseId) {
        // TODO(coordinator): return fears.fearedCountries(caseId) once
        // org.asylon.returns.protection.control.Fears lands on main (inject it in a constructor).
        return List.of();
    }
}
