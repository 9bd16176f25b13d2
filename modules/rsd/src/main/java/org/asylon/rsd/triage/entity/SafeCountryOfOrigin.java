package org.asylon.rsd.triage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A country the state designates as a safe country of origin (APR Arts 57-64: Union list or
 * national designation), with the designating act and its source. Only profiles that list the
 * safe-country-of-origin ground use it; an individual examination is still required.
 */
@Entity
@Table(name = "safe_country_of_origin")
public class SafeCountryOfOrigin {

    @Id private String country;

    @Version private long version;

    @Column(name = "basis", nullable = false, length = 400)
    private String basis;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    @Column(name = "designated_on", nullable = false)
    private LocalDate designatedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SafeCountryOfOrigin() {}

    public SafeCountryOfOrigin(String country) {
        this.country = country;
    }

    public void record(String basis, String source, LocalDate designatedOn, String by, Instant at) {
        this.basis = basis;
        this.source = source;
        this.designatedOn = designatedOn;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String country() {
        return country;
    }

    public long version() {
        return version;
    }

    public String basis() {
        return basis;
    }

    public String source() {
        return source;
    }

    public LocalDate designatedOn() {
        return designatedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
