package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.gate.entity.GateCheck;
import org.asylon.returns.gate.entity.GateOverride;
import org.asylon.returns.returncase.control.ReturnCases;

/** Reads of the gate's records and previews, each audited (they tell of a person's protection). */
@ApplicationScoped
public class GateReading {

    private EntityManager em;
    private ReturnCases cases;
    private Gate gate;
    private GateOverrides overrides;
    private AuditTrail audit;

    protected GateReading() {
        // for CDI's client proxy
    }

    @Inject
    public GateReading(
            EntityManager em,
            ReturnCases cases,
            Gate gate,
            GateOverrides overrides,
            AuditTrail audit) {
        this.em = em;
        this.cases = cases;
        this.gate = gate;
        this.overrides = overrides;
        this.audit = audit;
    }

    /** What the gate would find for the step now (the officer's check is given at the step). */
    public Verdict preview(String caseId, ExecutionStep step, Caller caller) {
        Verdict v = gate.preview(caseId, step, null);
        audit.record(caller.name(), "gate.previewed", ReturnCases.RECORD_TYPE, caseId, step.name());
        return v;
    }

    public List<GateCheck> checks(String caseId, Caller caller) {
        cases.require(caseId);
        audit.record(caller.name(), "gate-check.listed", ReturnCases.RECORD_TYPE, caseId, null);
        return em.createQuery(
                        "SELECT c FROM GateCheck c WHERE c.caseId = :case ORDER BY c.checkedAt, c.id",
                        GateCheck.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    public List<GateOverride> overrides(String caseId, Caller caller) {
        cases.require(caseId);
        audit.record(caller.name(), "gate-override.listed", ReturnCases.RECORD_TYPE, caseId, null);
        return overrides.of(caseId);
    }
}
