package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.asylon.kernel.audit.control.AuditTrail;

/**
 * Puts a refused attempt on the audit trail in a transaction of its own: the refusal that follows
 * rolls the request's transaction back, and the attempt must stay on the trail all the same. It
 * runs before the request has changed anything, so it never waits on a lock the request holds.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class RefusedAttempts {

    private AuditTrail audit;

    protected RefusedAttempts() {
        // for CDI's client proxy
    }

    @Inject
    public RefusedAttempts(AuditTrail audit) {
        this.audit = audit;
    }

    public void record(
            String actor, String action, String recordType, String recordId, String details) {
        audit.record(actor, action, recordType, recordId, details);
    }
}
