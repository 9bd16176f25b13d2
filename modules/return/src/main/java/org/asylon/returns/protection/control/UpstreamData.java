package org.asylon.returns.protection.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.asylon.kernel.feed.CloudEvent;

/** Reading the upstream modules' event data: a value that cannot be read is passed over. */
final class UpstreamData {

    private UpstreamData() {}

    static Optional<Instant> instant(JsonObject data, String field) {
        if (!(data.get(field) instanceof JsonString text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.getString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** When the event happened upstream (its CloudEvents time), else now. */
    static Instant time(CloudEvent event) {
        return event.time() == null ? Instant.now() : event.time().toInstant();
    }

    static String string(JsonObject data, String field) {
        return data != null && data.get(field) instanceof JsonString s ? s.getString() : null;
    }

    static Boolean bool(JsonObject data, String field) {
        JsonValue v = data.get(field);
        if (v == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        return v == JsonValue.FALSE ? Boolean.FALSE : null;
    }

    /** A JSON array of strings as comma-separated codes, or null when empty or absent. */
    static String codes(JsonObject data, String field) {
        if (data == null || !(data.get(field) instanceof JsonArray values)) {
            return null;
        }
        String joined =
                values.stream()
                        .filter(v -> v instanceof JsonString)
                        .map(v -> ((JsonString) v).getString())
                        .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }
}
