package org.asylon.readmission.request.boundary;

import java.time.Instant;
import java.time.ZoneId;
import org.asylon.readmission.regime.boundary.RuledDeadlineView;
import org.asylon.readmission.request.control.RequestReading.RequestFile;

/** Turns a request file into its view, with the deadlines as of now. */
final class RequestViews {

    private RequestViews() {}

    static RequestView of(RequestFile f, ZoneId zone, Instant now) {
        return RequestView.of(
                f.request(),
                f.person(),
                f.requestDeadline().map(d -> RuledDeadlineView.of(d, zone, now)).orElse(null),
                f.replyDeadline().map(d -> RuledDeadlineView.of(d, zone, now)).orElse(null),
                f.evidence());
    }
}
