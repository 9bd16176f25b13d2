package org.asylon.kernel.feed;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;

/**
 * One event of a module's feed in CloudEvents 1.0 JSON form. {@code sequence} is the position in
 * the feed (the CloudEvents "sequence" extension, a decimal string on the wire): it is given in
 * commit order by the outbox relay, so a reader that has seen N will never later find an event
 * below N.
 *
 * @param id unique id of the event (a UUID); consumers use it to recognise a repeat
 * @param source the module that emitted it, e.g. {@code /entry}
 * @param type {@code org.asylon.<module>.<fact>.v1}
 * @param subject the record it is about, e.g. {@code encounters/6f1c...}
 * @param time when the fact happened
 * @param sequence position in the feed, from 1
 * @param data the event's content (JSON object)
 */
public record CloudEvent(
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        long sequence,
        JsonObject data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String BATCH_MEDIA_TYPE = "application/cloudevents-batch+json";
}
