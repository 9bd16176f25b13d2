package org.asylon.kernel.feed.consumer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.asylon.kernel.feed.CloudEvent;

/** Test events of an imaginary entry feed, and their wire form. */
final class Events {

    static final String TYPE = "org.asylon.entry.encounter-registered.v1";

    private Events() {}

    static CloudEvent event(long sequence) {
        return new CloudEvent(
                UUID.nameUUIDFromBytes(("event-" + sequence).getBytes(StandardCharsets.UTF_8))
                        .toString(),
                "/entry",
                TYPE,
                "encounters/" + sequence,
                OffsetDateTime.parse("2026-11-26T10:15:30Z").plusSeconds(sequence),
                sequence,
                Json.createObjectBuilder().add("encounterNumber", sequence).build());
    }

    static List<CloudEvent> events(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(Events::event).toList();
    }

    static JsonObject json(CloudEvent event) {
        return Json.createObjectBuilder()
                .add("specversion", CloudEvent.SPEC_VERSION)
                .add("id", event.id())
                .add("source", event.source())
                .add("type", event.type())
                .add("subject", event.subject())
                .add("time", event.time().toString())
                .add("datacontenttype", "application/json")
                .add("sequence", Long.toString(event.sequence()))
                .add("data", event.data())
                .build();
    }

    static String batch(List<CloudEvent> events) {
        var array = Json.createArrayBuilder();
        events.forEach(event -> array.add(json(event)));
        return array.build().toString();
    }
}
