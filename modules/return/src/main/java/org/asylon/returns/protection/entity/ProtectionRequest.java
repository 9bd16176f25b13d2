package org.asylon.returns.protection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A request for protection as the border, reception or return's own staff heard it. It stands in
 * the way of every execution step until the asylum authority has the claim it starts (see {@code
 * ProtectionPicture}): a person who asks is referred to the asylum procedure whatever else is
 * planned (DESIGN.md, invariants 1 and 2). A stated fear of a country is such a request.
 */
@Entity
@Table(name = "protection_request")
public class ProtectionRequest {

    @Id private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false)
    private RequestOrigin origin;

    /** The upstream record (encounter, arrival) or the case, as the origin knows the person. */
    @Column(name = "case_id")
    private String caseId;

    @Column(name = "encounter_id")
    private String encounterId;

    @Column(name = "arrival_id")
    private String arrivalId;

    /** When the person asked. */
    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    /** Where: AIRPORT, BORDER, DETENTION, OFFICE, RECEPTION, OTHER. */
    @Column(name = "made_where", nullable = false)
    private String madeWhere;

    /** Countries the person said they fear, ISO 3166-1 alpha-3, comma-separated. */
    @Column(name = "feared_countries")
    private String fearedCountries;

    /** The upstream event or request that reported it: a retry of the same report adds nothing. */
    @Column(name = "report_key", nullable = false, unique = true)
    private String reportKey;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ProtectionRequest() {}

    public ProtectionRequest(
            RequestOrigin origin,
            Subject subject,
            Instant madeAt,
            String madeWhere,
            List<String> fearedCountries,
            String reportKey,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.origin = origin;
        this.caseId = subject.caseId();
        this.encounterId = subject.encounterId();
        this.arrivalId = subject.arrivalId();
        this.madeAt = madeAt;
        this.madeWhere = madeWhere;
        this.fearedCountries =
                fearedCountries == null || fearedCountries.isEmpty()
                        ? null
                        : String.join(",", fearedCountries);
        this.reportKey = reportKey;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Links the arrival reception made of the border's encounter. */
    public void arrival(String arrivalId) {
        if (this.arrivalId == null) {
            this.arrivalId = arrivalId;
        }
    }

    /** Whom the request is about, as its origin knows them. */
    public record Subject(String caseId, String encounterId, String arrivalId) {}

    public String id() {
        return id;
    }

    public RequestOrigin origin() {
        return origin;
    }

    public String caseId() {
        return caseId;
    }

    public String encounterId() {
        return encounterId;
    }

    public String arrivalId() {
        return arrivalId;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public String madeWhere() {
        return madeWhere;
    }

    public List<String> fearedCountries() {
        return fearedCountries == null ? List.of() : Arrays.asList(fearedCountries.split(","));
    }

    public String reportKey() {
        return reportKey;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
