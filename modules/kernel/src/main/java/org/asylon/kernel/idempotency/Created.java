package org.asylon.kernel.idempotency;

import org.asylon.kernel.json.Jsons;

/**
 * What a creating request answered: status, location of the new resource and the JSON body, kept
 * exactly so that a retry receives the same bytes. {@code replayed} tells whether this is the
 * stored answer to an earlier request with the same key.
 */
public record Created(int status, String location, String body, boolean replayed) {

    /** A new resource at {@code location} (relative to the API root), answered with its view. */
    public static Created at(String location, Object view) {
        return new Created(201, location, Jsons.toJson(view), false);
    }

    /** A change that created no new resource of its own, answered with the view of what changed. */
    public static Created ok(Object view) {
        return new Created(200, null, Jsons.toJson(view), false);
    }

    Created asReplay() {
        return new Created(status, location, body, true);
    }
}
