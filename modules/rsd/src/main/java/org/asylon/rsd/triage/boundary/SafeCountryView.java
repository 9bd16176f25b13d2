package org.asylon.rsd.triage.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.rsd.triage.entity.SafeCountryOfOrigin;

public record SafeCountryView(
        String country,
        String basis,
        String source,
        LocalDate designatedOn,
        String recordedBy,
        Instant recordedAt,
        long version) {

    static SafeCountryView of(SafeCountryOfOrigin s) {
        return new SafeCountryView(
                s.country(),
                s.basis(),
                s.source(),
                s.designatedOn(),
                s.recordedBy(),
                s.recordedAt(),
                s.version());
    }
}
