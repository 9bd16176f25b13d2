package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.returns.gate.entity.GateCheck;

/**
 * Records a blocked pass of the gate in a transaction of its own: the step that asked is refused
 * and rolls back, but the refusal stays on the record and on the feed. The step must call the gate
 * before it writes to the audit trail or the feed itself (both are appended under one lock, which
 * the suspended transaction would otherwise hold).
 */
@ApplicationScoped
public class GateRecords {

    public static final String RECORD_TYPE = "gate-check";

    private EntityManager em;
    private AuditTrail audit;
    private GateEvents events;

    protected GateRecords() {
        // for CDI's client proxy
    }

    @Inject
    public GateRecords(EntityManager em, AuditTrail audit, GateEvents events) {
        this.em = em;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void blocked(GateCheck check) {
        em.persist(check);
        audit.record(
                check.checkedBy(),
                "gate.blocked",
                RECORD_TYPE,
                check.id(),
                check.caseId()
                        + " "
                        + check.step()
                        + " "
                        + String.join(",", check.blockingRules()));
        events.blocked(check);
    }
}
