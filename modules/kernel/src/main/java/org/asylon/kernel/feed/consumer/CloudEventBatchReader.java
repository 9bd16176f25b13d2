package org.asylon.kernel.feed.consumer;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.json.Jsons;

/**
 * Reads a page of the feed (a CloudEvents 1.0 JSON batch) and checks it before anything is applied:
 * a page that is wrong anywhere is refused whole, so a half-understood event is never applied.
 */
final class CloudEventBatchReader {

    /** Looking up the JSON-P provider is costly; the factory is thread-safe. */
    static final JsonReaderFactory READERS = Jsons.readers();

    private CloudEventBatchReader() {}

    /**
     * @throws FeedException of kind {@link FeedErrorKind#MALFORMED}
     */
    static List<CloudEvent> read(byte[] body) {
        JsonArray batch;
        try (var reader =
                READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw malformed(
                        "the body is a JSON "
                                + value.getValueType().name().toLowerCase()
                                + ", not an array");
            }
            batch = value.asJsonArray();
        } catch (JsonException e) {
            throw new FeedException(
                    FeedErrorKind.MALFORMED,
                    "The feed page is not valid JSON: " + e.getMessage(),
                    e);
        }
        List<CloudEvent> events = new ArrayList<>(batch.size());
        long previous = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw malformed("element " + i + " is not a JSON object");
            }
            CloudEvent event = event(batch.getJsonObject(i), i);
            if (event.sequence() <= previous) {
                throw malformed(
                        "event "
                                + event.id()
                                + " has sequence "
                                + event.sequence()
                                + " after "
                                + previous
                                + "; sequences must strictly increase");
            }
            previous = event.sequence();
            events.add(event);
        }
        return List.copyOf(events);
    }

    private static CloudEvent event(JsonObject json, int index) {
        String where = "element " + index;
        String specVersion = string(json, "specversion", where, true);
        if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
            throw malformed(
                    where
                            + " has specversion "
                            + specVersion
                            + ", expected "
                            + CloudEvent.SPEC_VERSION);
        }
        String id = string(json, "id", where, true);
        where = "event " + id;
        return new CloudEvent(
                id,
                string(json, "source", where, true),
                string(json, "type", where, true),
                string(json, "subject", where, false),
                time(json, where),
                sequence(json, where),
                data(json, where));
    }

    private static String string(JsonObject json, String name, String where, boolean required) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw malformed(where + " has no " + name);
            }
            return null;
        }
        if (!(value instanceof JsonString text) || (required && text.getString().isBlank())) {
            throw malformed(where + " has a " + name + " that is not a non-empty string");
        }
        return text.getString();
    }

    private static OffsetDateTime time(JsonObject json, String where) {
        String text = string(json, "time", where, false);
        try {
            return text == null ? null : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(where + " has a time that is not RFC 3339: " + text);
        }
    }

    /** A decimal string per the CloudEvents sequence extension; a JSON integer is tolerated. */
    private static long sequence(JsonObject json, String where) {
        JsonValue value = json.get("sequence");
        long sequence;
        try {
            if (value instanceof JsonString text && text.getString().matches("[0-9]{1,18}")) {
                sequence = Long.parseLong(text.getString());
            } else if (value instanceof JsonNumber number && number.isIntegral()) {
                sequence = number.longValueExact();
            } else {
                throw malformed(where + " has no sequence (a decimal string)");
            }
        } catch (ArithmeticException e) {
            throw malformed(where + " has a sequence out of range");
        }
        if (sequence < 1) {
            throw malformed(where + " has sequence " + sequence + "; the feed starts at 1");
        }
        return sequence;
    }

    private static JsonObject data(JsonObject json, String where) {
        JsonValue value = json.get("data");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed(where + " has data that is not a JSON object");
        }
        return value.asJsonObject();
    }

    private static FeedException malformed(String problem) {
        return new FeedException(
                FeedErrorKind.MALFORMED,
                "The feed page is not a valid CloudEvents batch: " + problem);
    }
}
