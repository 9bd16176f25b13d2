package org.asylon.readmission.transfer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.transfer.entity.ProtectionAssessment;
import org.asylon.readmission.transfer.entity.Transfer;
import org.asylon.readmission.transfer.entity.TransferCheck;

/**
 * The records of the protection checks. A cleared check commits with the transfer it allowed; a
 * refused one commits on its own with its event, so that the refusal is on file and on the feed
 * although the execution rolls back. (transfer_check has no foreign key to transfer for that
 * reason: the execution holds the transfer's row locked, and PostgreSQL's key check would wait for
 * it.)
 */
@ApplicationScoped
public class TransferChecks {

    private EntityManager em;
    private AuditTrail audit;
    private TransferEvents events;

    protected TransferChecks() {
        // for CDI's client proxy
    }

    @Inject
    public TransferChecks(EntityManager em, AuditTrail audit, TransferEvents events) {
        this.em = em;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String cleared(
            String transferId, String source, String findings, String by, Instant at) {
        return record(new TransferCheck(transferId, source, true, findings, by, at));
    }

    /** Records a refusal and publishes it, both in a transaction of their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String refused(
            Transfer t,
            ReadmissionRequest r,
            String source,
            String findings,
            String rules,
            String by,
            Instant at) {
        String id = record(new TransferCheck(t.id(), source, false, findings, by, at));
        events.blocked(t, r, id, rules);
        return id;
    }

    private String record(TransferCheck c) {
        em.persist(c);
        audit.record(
                c.checkedBy(),
                c.cleared() ? "transfer.check-cleared" : "transfer.check-refused",
                Transfers.RECORD,
                c.transferId(),
                org.asylon.kernel.json.Jsons.object()
                        .add("checkId", c.id())
                        .add("source", c.source())
                        .build()
                        .toString());
        return c.id();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ProtectionAssessment> latestAssessment(String transferId) {
        return em.createQuery(
                        "SELECT a FROM ProtectionAssessment a WHERE a.transferId = :id ORDER BY a.assessedAt DESC",
                        ProtectionAssessment.class)
                .setParameter("id", transferId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TransferCheck> of(String transferId) {
        return em.createQuery(
                        "SELECT c FROM TransferCheck c WHERE c.transferId = :id ORDER BY c.checkedAt",
                        TransferCheck.class)
                .setParameter("id", transferId)
                .getResultList();
    }
}
