package org.asylon.kernel.idempotency;

/**
 * What a creating request answered: status, location of the new resource and the JSON body, kept
 * exactly so that a retry receives the same bytes. {@code replayed} tells whether this is the stored
 * answer to an earlier request with the same key.
 */
public record Created(int status, String location, String body, boolean replayed) {

    public static Created at(String location, String body) {
        return new Created(201, location, body, false);
    }

    public static Created ok(String body) {
        return new Created(200, null, body, false);
    }

    Created asReplay() {
        return new Created(status, location, body, true);
    }
}
