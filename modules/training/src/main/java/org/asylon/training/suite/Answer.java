package org.asylon.training.suite;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * What a module answered: the status, the JSON body (or {@link JsonValue#NULL}) and the ETag.
 *
 * @param call the method and URL, for messages
 */
public record Answer(String call, int status, JsonValue body, Optional<String> etag) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public JsonObject object() {
        return body instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** The problem's detail or the raw status, for a message naming what failed. */
    public String why() {
        JsonObject o = object();
        String detail = o.getString("detail", o.getString("title", ""));
        return call + " answered " + status + (detail.isEmpty() ? "" : ": " + detail);
    }
}
