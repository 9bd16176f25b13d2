package org.asylon.rsd.triage.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.asylon.rsd.triage.entity.RecognitionRate;

public record RecognitionRateView(
        String nationality,
        BigDecimal ratePercent,
        String period,
        String source,
        LocalDate asOf,
        String recordedBy,
        Instant recordedAt,
        long version) {

    static RecognitionRateView of(RecognitionRate r) {
        return new RecognitionRateView(
                r.nationality(),
                r.ratePercent(),
                r.period(),
                r.source(),
                r.asOf(),
                r.recordedBy(),
                r.recordedAt(),
                r.version());
    }
}
