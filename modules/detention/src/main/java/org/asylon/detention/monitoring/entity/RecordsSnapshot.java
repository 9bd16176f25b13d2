package org.asylon.detention.monitoring.entity;

import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.json.Jsons;

/**
 * What the module's records said about a finding's subject when the finding was made, stored with
 * the finding: a later placement or a changed profile does not rewrite what the monitor saw.
 *
 * @param basis the legal basis of the minimums applied (from the active profile)
 * @param rooms the rooms checked (one for a finding on a room, every room for a finding on the
 *     place)
 */
public record RecordsSnapshot(Instant takenAt, String basis, List<RoomCheck> rooms) {

    public String toJson() {
        return Jsons.toJson(this);
    }

    public static RecordsSnapshot fromJson(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Jsons.binding().fromJson(json, RecordsSnapshot.class);
        } catch (JsonbException e) {
            throw new IllegalStateException("a stored records snapshot cannot be read", e);
        }
    }
}
