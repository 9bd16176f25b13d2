package org.asylon.readmission.transfer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether the person will find adequate protection in the receiving state (10-Point Plan point 8;
 * the safe-third-country and first-country-of-asylum concepts): access to a procedure, respect for
 * non-refoulement, the legal status open to them, and the country information relied on with its
 * source and date. Required before a transfer under a regime with {@code
 * regime.protection-assessment.required}; never changed, a new one supersedes it.
 */
@Entity
@Table(name = "protection_assessment")
public class ProtectionAssessment {

    @Id private String id;

    @Column(name = "transfer_id", nullable = false)
    private String transferId;

    @Column(name = "access_to_procedure", nullable = false)
    private boolean accessToProcedure;

    @Column(name = "non_refoulement_respected", nullable = false)
    private boolean nonRefoulementRespected;

    @Column(name = "legal_status", nullable = false, length = 1000)
    private String legalStatus;

    @Column(name = "country_information_source", nullable = false, length = 500)
    private String countryInformationSource;

    @Column(name = "country_information_date", nullable = false)
    private LocalDate countryInformationDate;

    @Column(name = "adequate", nullable = false)
    private boolean adequate;

    @Column(name = "reasons", nullable = false, length = 4000)
    private String reasons;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "assessed_by", nullable = false)
    private String assessedBy;

    protected ProtectionAssessment() {}

    public ProtectionAssessment(
            String transferId,
            boolean accessToProcedure,
            boolean nonRefoulementRespected,
            String legalStatus,
            String countryInformationSource,
            LocalDate countryInformationDate,
            boolean adequate,
            String reasons,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.transferId = transferId;
        this.accessToProcedure = accessToProcedure;
        this.nonRefoulementRespected = nonRefoulementRespected;
        this.legalStatus = legalStatus;
        this.countryInformationSource = countryInformationSource;
        this.countryInformationDate = countryInformationDate;
        this.adequate = adequate;
        this.reasons = reasons;
        this.assessedBy = by;
        this.assessedAt = at;
    }

    /**
     * Adequate only if the officer concluded so and neither safeguard is missing: an assessment
     * that finds no access to a procedure or no respect for non-refoulement cannot conclude that
     * protection is adequate.
     */
    public boolean adequate() {
        return adequate && accessToProcedure && nonRefoulementRespected;
    }

    public String id() {
        return id;
    }

    public String transferId() {
        return transferId;
    }

    public boolean accessToProcedure() {
        return accessToProcedure;
    }

    public boolean nonRefoulementRespected() {
        return nonRefoulementRespected;
    }

    public String legalStatus() {
        return legalStatus;
    }

    public String countryInformationSource() {
        return countryInformationSource;
    }

    public LocalDate countryInformationDate() {
        return countryInformationDate;
    }

    public boolean concluded() {
        return adequate;
    }

    public String reasons() {
        return reasons;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String assessedBy() {
        return assessedBy;
    }
}
