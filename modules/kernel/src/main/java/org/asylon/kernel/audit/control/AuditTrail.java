package org.asylon.kernel.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.audit.entity.AuditRecord;

/**
 * What a module injects to put its state changes (and reads of confidential content) on the audit
 * trail: {@code auditTrail.record(user, "encounter.registered", "encounter", id, null)}.
 *
 * <p>Recording demands the caller's transaction, so the audit record commits or rolls back with the
 * change it describes: no trail of changes that never happened, no change without its trail. Record
 * as the last step of the transaction: from that moment the module's audited transactions queue
 * behind this one until it commits (see {@link AuditChain}).
 *
 * <p>The module's persistence unit must list {@code org.asylon.kernel.audit.entity.AuditRecord} and
 * {@code org.asylon.kernel.persistence.KernelSequence}.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext EntityManager em;

    private final AuditChain chain = new AuditChain();
    private final AuditVerifier verifier = new AuditVerifier();

    public AuditTrail() {
        // for CDI
    }

    /** Outside the container, e.g. a module's plain tests: the trail over {@code em}. */
    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    public AuditRecord record(
            String actor, String action, String recordType, String recordId, String details) {
        // the request id ties the audit record to the access log line of the same request
        AuditEntry entry = AuditEntry.of(actor, action, recordType, recordId, details);
        String requestId = org.asylon.kernel.http.RequestId.current();
        return record(requestId == null ? entry : entry.withRequestId(requestId));
    }

    public AuditRecord record(AuditEntry entry) {
        return chain.append(em, entry);
    }

    /** Records above {@code after} in chain order; reading needs no transaction of its own. */
    @Transactional(TxType.SUPPORTS)
    public List<AuditRecord> records(long after, int limit) {
        return chain.after(em, after, limit);
    }

    @Transactional(TxType.SUPPORTS)
    public AuditVerification verify() {
        return verifier.verify(em);
    }
}
