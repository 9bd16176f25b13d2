package org.asylon.training.scoring;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What one module showed: its events (CloudEvents {@code {id, source, type, subject, time,
 * sequence, data}}) and its audit records ({@code {sequence, recordedAt, actor, action, recordType,
 * recordId, details}}), each from the start of the training instance, in feed order.
 *
 * @param module the module's name as in an exercise ({@code entry}, {@code reception} …)
 */
public record ModuleTrail(String module, List<JsonObject> events, List<JsonObject> audit) {

    public ModuleTrail {
        events = List.copyOf(events);
        audit = List.copyOf(audit);
    }
}
