package org.asylon.entry.encounter.boundary;

import jakarta.json.JsonObject;
import java.util.List;

/** Per-item results of a batch upload, in the order of the items. */
public record BatchResult(int created, int replayed, int failed, List<ItemResult> items) {

    /**
     * @param status 201 created (with {@code replayed} true when an earlier upload already created
     *     it), or the problem's status
     * @param problem the RFC 9457 problem for a failed item (field names prefixed with the item)
     */
    public record ItemResult(
            int index,
            String idempotencyKey,
            int status,
            String encounterId,
            boolean replayed,
            JsonObject problem) {}
}
