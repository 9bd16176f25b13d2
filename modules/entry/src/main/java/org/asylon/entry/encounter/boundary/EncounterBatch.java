package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Encounters registered offline at a post with a bad connection and uploaded together. Each item
 * carries its own idempotency key, made when the form was filled in, so that re-sending the whole
 * batch after a broken upload creates nothing twice. Items are validated one by one: one bad item
 * does not hold back the others.
 */
public record EncounterBatch(
        @NotEmpty(message = "send at least one item")
                @Size(max = 200, message = "at most 200 items per batch")
                List<@NotNull Item> items) {

    public record Item(String idempotencyKey, NewEncounter encounter) {}
}
