package org.asylon.detention.conditions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.control.AlertSource;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.conditions.entity.SolitaryStandard;

/**
 * Everyone whose solitary confinement has run beyond the Mandela Rules' limit (Rules 43(1)(b), 44):
 * one alert per person and run, until a day with meaningful human contact ends the run.
 */
@ApplicationScoped
public class SolitaryAlerts implements AlertSource {

    private Confinements confinements;
    private SolitaryProfile profile;

    protected SolitaryAlerts() {
        // for CDI's client proxy
    }

    @Inject
    public SolitaryAlerts(Confinements confinements, SolitaryProfile profile) {
        this.confinements = confinements;
        this.profile = profile;
    }

    @Override
    public List<AlertCondition> conditions(Instant now) {
        String basis = profile.standard().prolongedBasis();
        return confinements.prolongedNow().stream()
                .map(
                        person ->
                                new AlertCondition(
                                        AlertKind.SOLITARY_PROLONGED,
                                        "confinement",
                                        // one alert per run: a later run is a new alert
                                        person.personId(),
                                        person.personId(),
                                        person.facilityId(),
                                        SolitaryStandard.PROLONGED_DAYS,
                                        basis,
                                        null))
                .toList();
    }
}
