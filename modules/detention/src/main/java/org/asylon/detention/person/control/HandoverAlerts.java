package org.asylon.detention.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.control.AlertSource;
import org.asylon.detention.alert.entity.AlertKind;

/**
 * Everyone the border handed over who is still waiting for an order: one alert per person until an
 * order is issued or the border cancels the handover. No time limit is set here (no due time): the
 * alert says that a person is in the authority's hands without an order, which the suite never lets
 * stand unnoticed.
 */
@ApplicationScoped
public class HandoverAlerts implements AlertSource {

    /** The suite's rule: no one is held without an order; a handover is a work item. */
    public static final String ORDER_REQUIRED = "detention.order-required";

    public static final String ORDER_REQUIRED_BASIS =
            "UNHCR Detention Guidelines (2012), Guideline 3 (detention must be in accordance with,"
                    + " and authorised by, law)";

    private People people;

    protected HandoverAlerts() {
        // for CDI's client proxy
    }

    @Inject
    public HandoverAlerts(People people) {
        this.people = people;
    }

    @Override
    public List<AlertCondition> conditions(Instant now) {
        return people.awaitingOrder().stream()
                .map(
                        p ->
                                new AlertCondition(
                                        AlertKind.AWAITING_ORDER,
                                        "person",
                                        p.id(),
                                        p.id(),
                                        null,
                                        ORDER_REQUIRED,
                                        ORDER_REQUIRED_BASIS,
                                        null))
                .toList();
    }
}
