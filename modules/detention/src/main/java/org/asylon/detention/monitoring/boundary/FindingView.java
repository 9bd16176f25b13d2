package org.asylon.detention.monitoring.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.monitoring.control.Findings;
import org.asylon.detention.monitoring.entity.Finding;
import org.asylon.detention.monitoring.entity.RecordsSnapshot;
import org.asylon.detention.monitoring.entity.Standard;

/** A finding as monitors see it, with what the records said when it was made and its amendments. */
public record FindingView(
        String id,
        String visitId,
        String facilityId,
        Standard standard,
        String roomId,
        String personId,
        String text,
        RecordsSnapshot recordsSnapshot,
        Instant recordedAt,
        String recordedBy,
        List<AmendmentView> amendments) {

    static FindingView of(Findings.Filed filed) {
        Finding f = filed.finding();
        return new FindingView(
                f.id(),
                f.visitId(),
                f.facilityId(),
                f.standard(),
                f.roomId(),
                f.personId(),
                f.text(),
                f.snapshot(),
                f.recordedAt(),
                f.recordedBy(),
                AmendmentView.of(filed.amendments()));
    }
}
