package org.asylon.detention.conditions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/**
 * The events of conditions of detention (catalogue in modules/detention/README.md): ids, dates,
 * hours and counts, never the reason or who authorised it (free text that may name people).
 */
@ApplicationScoped
public class ConditionsEvents {

    public static final String SOLITARY_RECORDED =
            "org.asylon.detention.solitary-confinement-recorded.v1";
    public static final String SOLITARY_PROLONGED =
            "org.asylon.detention.solitary-confinement-prolonged.v1";

    private EventPublisher publisher;

    protected ConditionsEvents() {
        // for CDI's client proxy
    }

    @Inject
    public ConditionsEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * Every record and correction of a day, solitary or not (a day that is not ends a run).
     *
     * @param consecutiveDays the day's place in its run of solitary days, 0 when not solitary
     */
    public void recorded(
            ConfinementDay day, boolean solitary, int consecutiveDays, boolean correction) {
        publisher.publish(
                SOLITARY_RECORDED,
                "people/" + day.personId(),
                Jsons.object()
                        .add("personId", day.personId())
                        .add("recordId", day.id())
                        .add("date", day.date().toString())
                        .add("hours", day.hoursWithoutContact())
                        .add("solitary", solitary)
                        .add("consecutiveDays", consecutiveDays)
                        .add("correction", correction)
                        .build());
    }

    /**
     * A record took a run of solitary confinement beyond the profile's limit (Rules 43(1)(b), 44).
     */
    public void prolonged(
            ConfinementDay day, LocalDate runStartedOn, int consecutiveDays, int limit) {
        publisher.publish(
                SOLITARY_PROLONGED,
                "people/" + day.personId(),
                Jsons.object()
                        .add("personId", day.personId())
                        .add("date", day.date().toString())
                        .add("runStartedOn", runStartedOn.toString())
                        .add("consecutiveDays", consecutiveDays)
                        .add("limitDays", limit)
                        .build());
    }
}
