package org.asylon.returns.outcome.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ListItem;

/**
 * The alternative migration outcome a return case ended in (10-Point Plan, point 9: people who are
 * not refugees may access alternative temporary migration options to stay legally, for humanitarian
 * reasons or for work, education or family reunion). Only an outcome the profile's {@code
 * return.alternative-outcomes} lists, with the basis the profile gives it, kept as it was when
 * recorded; the permit that grants the stay is named.
 */
@Entity
@Table(name = "alternative_outcome")
public class AlternativeOutcome {

    public static final String RULE = "return.alternative-outcomes";

    private static final Duration SKEW = Duration.ofMinutes(5);

    @Id private String id;

    @Version private long version;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(name = "outcome_code", nullable = false)
    private String outcomeCode;

    @Column(name = "outcome_label", nullable = false)
    private String outcomeLabel;

    @Column(name = "outcome_basis", nullable = false)
    private String outcomeBasis;

    /** The status of the item's basis in the profile (confirmed, unconfirmed, national-choice). */
    @Column(name = "outcome_status", nullable = false)
    private String outcomeStatus;

    @Column(name = "permit_reference", nullable = false)
    private String permitReference;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    /** The return decision the outcome replaced (withdrawn), if one was in force. */
    @Column(name = "withdrawn_decision_id")
    private String withdrawnDecisionId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AlternativeOutcome() {}

    /**
     * @param outcomes the profile's list, by code
     * @throws ProblemException 422 naming the field
     */
    public static AlternativeOutcome record(
            String caseId,
            OutcomeTerms terms,
            Map<String, ListItem> outcomes,
            String by,
            Instant now) {
        String code = terms.outcomeCode() == null ? "" : terms.outcomeCode().trim();
        ListItem item = outcomes.get(code);
        if (item == null) {
            throw ProblemException.invalidField(
                    "outcomeCode",
                    "not an outcome of the profile's "
                            + RULE
                            + ": "
                            + String.join(", ", outcomes.keySet().stream().sorted().toList()));
        }
        if (terms.grantedAt().isAfter(now.plus(SKEW))) {
            throw ProblemException.invalidField("grantedAt", "cannot be in the future");
        }
        if (terms.validFrom() != null
                && terms.validUntil() != null
                && terms.validUntil().isBefore(terms.validFrom())) {
            throw ProblemException.invalidField("validUntil", "cannot be before validFrom");
        }
        if (blank(terms.permitReference())) {
            throw ProblemException.invalidField(
                    "permitReference", "is required: the permit or decision that grants the stay");
        }
        if (blank(terms.reasons())) {
            throw ProblemException.invalidField(
                    "reasons", "is required: why the stay replaces the return");
        }
        AlternativeOutcome o = new AlternativeOutcome();
        o.id = UUID.randomUUID().toString();
        o.caseId = caseId;
        o.outcomeCode = item.code();
        o.outcomeLabel = item.label();
        o.outcomeBasis = item.basis();
        o.outcomeStatus = item.status().code();
        o.permitReference = terms.permitReference().strip();
        o.grantedBy = terms.grantedBy().strip();
        o.grantedAt = terms.grantedAt();
        o.validFrom = terms.validFrom();
        o.validUntil = terms.validUntil();
        o.reasons = terms.reasons().strip();
        o.recordedBy = by;
        o.recordedAt = now;
        return o;
    }

    /** The decision in force the outcome replaced. */
    public void replaced(String decisionId) {
        this.withdrawnDecisionId = decisionId;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String caseId() {
        return caseId;
    }

    public String outcomeCode() {
        return outcomeCode;
    }

    public String outcomeLabel() {
        return outcomeLabel;
    }

    public String outcomeBasis() {
        return outcomeBasis;
    }

    public String outcomeStatus() {
        return outcomeStatus;
    }

    public String permitReference() {
        return permitReference;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String reasons() {
        return reasons;
    }

    public String withdrawnDecisionId() {
        return withdrawnDecisionId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
