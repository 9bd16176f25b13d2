package org.asylon.readmission.request.boundary;

import java.time.Instant;
import org.asylon.readmission.request.entity.Notice;

/** A notice to the liaison desk. */
public record NoticeView(
        String id,
        String requestId,
        String kind,
        String text,
        Instant createdAt,
        Instant readAt,
        String readBy) {

    public static NoticeView of(Notice n) {
        return new NoticeView(
                n.id(), n.requestId(), n.kind(), n.text(), n.createdAt(), n.readAt(), n.readBy());
    }
}
