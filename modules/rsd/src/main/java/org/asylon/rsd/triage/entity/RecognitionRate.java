package org.asylon.rsd.triage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The first-instance recognition rate of one nationality, with the period it covers, its source and
 * date. In the EU profile a rate at or below {@code asylum.recognition-rate-threshold} triggers the
 * accelerated and border grounds (APR Art 42(1)(j)); the rate is data the supervisor keeps, not
 * law.
 */
@Entity
@Table(name = "recognition_rate")
public class RecognitionRate {

    @Id private String nationality;

    @Version private long version;

    @Column(name = "rate_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal ratePercent;

    @Column(name = "period", nullable = false)
    private String period;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecognitionRate() {}

    public RecognitionRate(String nationality) {
        this.nationality = nationality;
    }

    public void record(
            BigDecimal rate, String period, String source, LocalDate asOf, String by, Instant at) {
        this.ratePercent = rate;
        this.period = period;
        this.source = source;
        this.asOf = asOf;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String nationality() {
        return nationality;
    }

    public long version() {
        return version;
    }

    public BigDecimal ratePercent() {
        return ratePercent;
    }

    public String period() {
        return period;
    }

    public String source() {
        return source;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
