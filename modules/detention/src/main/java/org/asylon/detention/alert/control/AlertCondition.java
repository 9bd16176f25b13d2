package org.asylon.detention.alert.control;

import java.time.Instant;
import org.asylon.detention.alert.entity.AlertKind;

/**
 * A condition that calls for an alert, as an area sees it now. The same kind on the same record is
 * one alert, however often it is reported, until the condition is gone.
 *
 * @param recordType the record the condition is about (e.g. {@code order}, {@code room})
 * @param personId the person concerned, or null (a room)
 * @param facilityId the place concerned, or null
 * @param rule the rule that makes it an alert (profile rule or the suite's rule)
 * @param basis its legal basis
 * @param dueAt when action is due, or null
 */
public record AlertCondition(
        AlertKind kind,
        String recordType,
        String recordId,
        String personId,
        String facilityId,
        String rule,
        String basis,
        Instant dueAt) {

    String key() {
        return kind + "/" + recordId;
    }
}
