package org.asylon.training.scoring;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One event of a module's feed as the scorer reads it.
 *
 * @param fact the type without its namespace and version: {@code
 *     org.asylon.entry.outcome-decided.v1} → {@code outcome-decided}
 * @param records the ids of the one person's records the event names: its subject's id and every
 *     {@code …Id} field of its data, except those naming something many people share (a group, a
 *     household, a place, a partner, a principal applicant). Records named together in one event
 *     are the same person's.
 */
record TrailEvent(
        String module,
        long sequence,
        String fact,
        Instant time,
        String subject,
        JsonObject data,
        Set<String> records) {

    /** Subjects that are not one person: their id links nobody's records. */
    private static final Set<String> SHARED_SUBJECTS =
            Set.of(
                    "alerts",
                    "crossing-points",
                    "facilities",
                    "groups",
                    "households",
                    "interpreters",
                    "interviewers",
                    "partners",
                    "partner-states",
                    "rooms");

    /** Data fields whose id belongs to many people: never a link between two records. */
    private static final Set<String> SHARED_FIELDS =
            Set.of(
                    "groupId",
                    "parentGroupId",
                    "householdId",
                    "newHouseholdId",
                    "mergedHouseholdId",
                    "facilityId",
                    "previousFacilityId",
                    "roomId",
                    "previousRoomId",
                    "partnerId",
                    "principalId",
                    "crossingPointId",
                    "alertId",
                    "recordId");

    static TrailEvent of(String module, JsonObject event) {
        JsonObject data =
                event.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        String subject = event.getString("subject", "");
        Set<String> records = new LinkedHashSet<>();
        int slash = subject.indexOf('/');
        if (slash > 0 && !SHARED_SUBJECTS.contains(subject.substring(0, slash))) {
            records.add(subject.substring(slash + 1));
        }
        for (var field : data.entrySet()) {
            boolean link =
                    field.getKey().endsWith("Id") && !SHARED_FIELDS.contains(field.getKey())
                            || field.getKey().equals("subsequentTo");
            if (link && field.getValue() instanceof jakarta.json.JsonString id) {
                records.add(id.getString());
            }
        }
        String time = event.getString("time", null);
        return new TrailEvent(
                module,
                sequence(event.get("sequence")),
                fact(module, event.getString("type", "")),
                time == null ? null : Instant.parse(time),
                subject,
                data,
                records);
    }

    /** A CloudEvent carries its sequence as a decimal string (CloudEvents extension attribute). */
    private static long sequence(JsonValue value) {
        if (value instanceof jakarta.json.JsonNumber n) {
            return n.longValue();
        }
        return value instanceof jakarta.json.JsonString s ? Long.parseLong(s.getString()) : 0;
    }

    static String fact(String module, String type) {
        String prefix = "org.asylon." + module + ".";
        String fact = type.startsWith(prefix) ? type.substring(prefix.length()) : type;
        return fact.replaceFirst("\\.v\\d+$", "");
    }

    String text(String field) {
        return data.get(field) instanceof jakarta.json.JsonString s ? s.getString() : null;
    }

    boolean flag(String field) {
        return data.get(field) == JsonValue.TRUE;
    }

    Instant instant(String field) {
        String value = text(field);
        return value == null ? null : Instant.parse(value);
    }

    /** Where the event is, for a trainer reading a finding. */
    String describe() {
        return module + " " + fact + " " + subject + (time == null ? "" : " " + time);
    }
}
