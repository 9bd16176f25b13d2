package org.asylon.kernel.feed;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.asylon.kernel.json.Jsons;

/** The CloudEvents 1.0 JSON form of feed events (structured mode, batch = JSON array). */
public final class CloudEventJson {

    private CloudEventJson() {}

    public static JsonObject toJson(CloudEvent event) {
        return Jsons.object()
                .add("specversion", CloudEvent.SPEC_VERSION)
                .add("id", event.id())
                .add("source", event.source())
                .add("type", event.type())
                .add("subject", event.subject())
                .add("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()))
                .add("datacontenttype", "application/json")
                .add("sequence", Long.toString(event.sequence()))
                .add("data", event.data())
                .build();
    }

    public static JsonArray toJson(List<CloudEvent> events) {
        JsonArrayBuilder batch = Jsons.array();
        events.forEach(e -> batch.add(toJson(e)));
        return batch.build();
    }
}
