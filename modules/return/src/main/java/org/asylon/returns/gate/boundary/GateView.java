package org.asylon.returns.gate.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.gate.control.Verdict;
import org.asylon.returns.gate.entity.GateCheck;
import org.asylon.returns.gate.entity.GateOverride;

/** The gate's answers and records as the API shows them. */
public final class GateView {

    private GateView() {}

    /** One bar: the rule, its basis, what the officer should know, whether it can be overridden. */
    public record Bar(String rule, String legalBasis, String detail, boolean overridable) {

        static Bar of(ExecutionBar b) {
            return new Bar(b.rule(), b.basis(), b.detail(), b.overridable());
        }
    }

    /** What the gate would find for a step now. */
    public record Preview(
            String caseId,
            String step,
            boolean cleared,
            boolean rsdFollowed,
            List<Bar> bars,
            List<Bar> overriddenBars,
            List<String> notes) {

        static Preview of(String caseId, String step, Verdict v) {
            return new Preview(
                    caseId,
                    step,
                    v.cleared(),
                    v.rsdFollowed(),
                    v.blocking().stream().map(Bar::of).toList(),
                    v.overridden().stream().map(Bar::of).toList(),
                    v.notes());
        }
    }

    /** A recorded pass of the gate. */
    public record Check(
            String id,
            String caseId,
            String step,
            boolean cleared,
            List<String> blockingRules,
            List<String> overriddenRules,
            String explanation,
            boolean rsdFollowed,
            Instant checkedAt,
            String checkedBy,
            DeskCheck protectionCheck) {

        static Check of(GateCheck c) {
            GateCheck.Desk d = c.desk();
            return new Check(
                    c.id(),
                    c.caseId(),
                    c.step().name(),
                    c.cleared(),
                    c.blockingRules(),
                    c.overriddenRules(),
                    c.explanation(),
                    c.rsdFollowed(),
                    c.checkedAt(),
                    c.checkedBy(),
                    d == null
                            ? null
                            : new DeskCheck(d.source(), d.reference(), d.checkedAt(), d.finding()));
        }
    }

    /** The officer's check with the asylum authority, as recorded with a pass. */
    public record DeskCheck(String source, String reference, Instant checkedAt, String finding) {}

    /** An override decided by a named authority. */
    public record Override(
            String id,
            String caseId,
            String step,
            String rule,
            String authority,
            String decisionReference,
            String reasons,
            Instant decidedAt,
            String recordedBy,
            String usedByCheck) {

        static Override of(GateOverride o) {
            return new Override(
                    o.id(),
                    o.caseId(),
                    o.step().name(),
                    o.rule(),
                    o.authority(),
                    o.decisionReference(),
                    o.reasons(),
                    o.decidedAt(),
                    o.recordedBy(),
                    o.usedByCheck());
        }
    }
}
