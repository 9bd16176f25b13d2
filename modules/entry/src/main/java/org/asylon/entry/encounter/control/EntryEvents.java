package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.entry.encounter.entity.Outcome;
import org.asylon.entry.encounter.entity.PersonDetails;
import org.asylon.entry.encounter.entity.SpecificNeed;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/**
 * The events border entry publishes (catalogue in modules/entry/README.md). They carry what the
 * downstream modules need to receive the person — identity, group, protection request, needs,
 * outcome — and nothing of the watch-list result. Wherever a protection request is recorded, the
 * event carries {@code protectionRequestedAt}: the one time at which the wish to seek protection
 * was first expressed, on which reception and the asylum procedure anchor their clocks.
 */
@ApplicationScoped
public class EntryEvents {

    public static final String ENCOUNTER_REGISTERED = "org.asylon.entry.encounter-registered.v1";
    public static final String GROUP_REGISTERED = "org.asylon.entry.group-registered.v1";
    public static final String PROTECTION_REQUESTED = "org.asylon.entry.protection-requested.v1";
    public static final String SPECIFIC_NEEDS_NOTED = "org.asylon.entry.specific-needs-noted.v1";
    public static final String OUTCOME_DECIDED = "org.asylon.entry.outcome-decided.v1";
    public static final String OUTCOME_SUSPENDED = "org.asylon.entry.outcome-suspended.v1";
    public static final String OUTCOME_REVISED = "org.asylon.entry.outcome-revised.v1";
    public static final String OUTCOME_EXECUTED = "org.asylon.entry.outcome-executed.v1";

    private EventPublisher publisher;

    protected EntryEvents() {
        // for CDI's client proxy
    }

    @Inject
    public EntryEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void registered(Encounter e) {
        PersonDetails p = e.person();
        JsonObjectBuilder person = Jsons.object();
        add(person, "documentSurname", p.documentSurname());
        add(person, "documentGivenNames", p.documentGivenNames());
        add(person, "statedSurname", p.statedSurname());
        add(person, "statedGivenNames", p.statedGivenNames());
        add(person, "originalScriptName", p.originalScriptName());
        if (p.dateOfBirth() != null && p.dateOfBirth().year() != null) {
            person.add("dateOfBirth", p.dateOfBirth().toString())
                    .add("dateOfBirthEstimated", p.dateOfBirth().estimated());
        }
        add(person, "sex", p.sex() == null ? null : p.sex().name());
        person.add("nationalities", array(e.nationalities()))
                .add("languages", array(e.languages()));
        JsonObjectBuilder data =
                Jsons.object()
                        .add("encounterId", e.id())
                        .add("kind", e.kind().name())
                        .add("occurredAt", e.occurredAt().toString())
                        .add("person", person)
                        .add("unaccompaniedChild", e.unaccompaniedChild());
        protection(data, e);
        add(data, "crossingPointId", e.crossingPointId());
        add(data, "groupId", e.groupId());
        add(data, "groupRole", e.groupRole());
        publish(ENCOUNTER_REGISTERED, e, data.build());
    }

    public void groupRegistered(EncounterGroup group, List<String> memberIds) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("groupId", group.id())
                        .add("kind", group.kind().name())
                        .add("label", group.label())
                        .add("members", array(memberIds));
        add(data, "parentGroupId", group.parentGroupId());
        if (group.rescue() != null && group.rescue().rescued() != null) {
            JsonObjectBuilder rescue =
                    Jsons.object()
                            .add("rescued", group.rescue().rescued())
                            .add("dead", group.rescue().dead())
                            .add("missing", group.rescue().missing());
            add(rescue, "vessel", group.rescue().vessel());
            add(rescue, "searchAndRescueRegion", group.rescue().searchAndRescueRegion());
            add(rescue, "placeOfSafety", group.rescue().placeOfSafety());
            add(
                    rescue,
                    "disembarkedAt",
                    group.rescue().disembarkedAt() == null
                            ? null
                            : group.rescue().disembarkedAt().toString());
            data.add("rescue", rescue);
        }
        publisher.publish(GROUP_REGISTERED, "groups/" + group.id(), data.build());
    }

    /**
     * The person asked for protection: the first time ({@code requestedAt} = {@code
     * protectionRequestedAt}), or again ({@code renewed}, {@code requestedAt} the renewal, {@code
     * protectionRequestedAt} still the first).
     */
    public void protectionRequested(Encounter e, boolean renewed) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("encounterId", e.id())
                        .add("protectionRequestedAt", e.protectionRequestedAt().toString())
                        .add("renewed", renewed);
        if (renewed) {
            data.add("requestedAt", e.protectionRenewedAt().toString())
                    .add("renewals", e.protectionRenewals());
            add(data, "words", e.protectionRenewalWords());
        } else {
            data.add("requestedAt", e.protectionRequestedAt().toString());
            add(data, "words", e.protectionRequestWords());
        }
        publish(PROTECTION_REQUESTED, e, data.build());
    }

    public void specificNeedsNoted(Encounter e, List<SpecificNeed> needs) {
        JsonArrayBuilder list = Jsons.array();
        for (SpecificNeed need : needs) {
            JsonObjectBuilder item =
                    Jsons.object()
                            .add("category", need.category())
                            .add("notedAt", need.notedAt().toString());
            add(item, "note", need.note());
            list.add(item);
        }
        publish(
                SPECIFIC_NEEDS_NOTED,
                e,
                Jsons.object()
                        .add("encounterId", e.id())
                        .add("unaccompaniedChild", e.unaccompaniedChild())
                        .add("needs", list)
                        .build());
    }

    public void outcomeDecided(Encounter e) {
        publish(OUTCOME_DECIDED, e, outcome(e).build());
    }

    /** A decided outcome can no longer be carried out: {@code rule} names what forbids it. */
    public void outcomeSuspended(Encounter e) {
        Outcome o = e.outcome();
        publish(
                OUTCOME_SUSPENDED,
                e,
                outcome(e)
                        .add("suspendedAt", o.suspendedAt().toString())
                        .add("rule", o.suspensionRule())
                        .build());
    }

    /**
     * A supervisor revised the outcome; the written reasons stay in the record, never on the feed.
     */
    public void outcomeRevised(Encounter e) {
        publish(
                OUTCOME_REVISED,
                e,
                outcome(e).add("previousOutcome", e.outcome().revisedFrom().name()).build());
    }

    public void outcomeExecuted(Encounter e) {
        publish(
                OUTCOME_EXECUTED,
                e,
                outcome(e).add("executedAt", e.outcome().executedAt().toString()).build());
    }

    private static JsonObjectBuilder outcome(Encounter e) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("encounterId", e.id())
                        .add("outcome", e.outcome().kind().name())
                        .add("status", e.outcome().status().name())
                        .add("decidedAt", e.outcome().decidedAt().toString())
                        .add("unaccompaniedChild", e.unaccompaniedChild());
        protection(data, e);
        add(data, "refusalGround", e.outcome().refusalGround());
        add(data, "refusalBasis", e.outcome().refusalBasis());
        add(data, "groupId", e.groupId());
        return data;
    }

    private static void protection(JsonObjectBuilder data, Encounter e) {
        data.add("protectionRequested", e.protectionRequested());
        if (e.protectionRequested()) {
            data.add("protectionRequestedAt", e.protectionRequestedAt().toString());
        }
    }

    private void publish(String type, Encounter e, JsonObject data) {
        publisher.publish(type, "encounters/" + e.id(), data);
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Jsons.array();
        values.forEach(array::add);
        return array;
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
