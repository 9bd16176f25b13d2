package org.asylon.returns.avrr.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.avrr.entity.CounsellingSession;

/** A counselling session, for the partner's own accounts and the return officers. */
public record CounsellingView(
        String id,
        String referralId,
        Instant heldAt,
        List<String> topics,
        String counsellor,
        String notes,
        String recordedBy,
        Instant recordedAt) {

    static CounsellingView of(CounsellingSession s) {
        return new CounsellingView(
                s.id(),
                s.referralId(),
                s.heldAt(),
                s.topics().stream().map(Enum::name).toList(),
                s.counsellor().name(),
                s.notes(),
                s.recordedBy(),
                s.recordedAt());
    }
}
