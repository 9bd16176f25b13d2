package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.asylon.detention.monitoring.entity.AmendedRecord;
import org.asylon.detention.monitoring.entity.Amendment;
import org.asylon.kernel.audit.control.AuditTrail;

/**
 * The amendments kept beside interviews and findings: the only way a monitoring record changes, and
 * it leaves the original as written.
 */
@ApplicationScoped
@Transactional
public class Amendments {

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected Amendments() {
        // for CDI's client proxy
    }

    @Inject
    public Amendments(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds the amendment; the caller has checked that the monitor is the record's author. */
    public Amendment add(
            AmendedRecord type, String recordId, String recordType, String text, String by) {
        Amendment amendment = new Amendment(type, recordId, text, by, Instant.now(clock));
        em.persist(amendment);
        em.flush();
        audit.record(by, "monitoring.amended", recordType, recordId, "amendment " + amendment.id());
        return amendment;
    }

    /** The amendments of one record, oldest first. */
    public List<Amendment> of(AmendedRecord type, String recordId) {
        return em.createQuery(
                        "SELECT a FROM Amendment a WHERE a.recordType = :type AND a.recordId = :id"
                                + " ORDER BY a.amendedAt, a.id",
                        Amendment.class)
                .setParameter("type", type)
                .setParameter("id", recordId)
                .getResultList();
    }

    /** The amendments of several records, by record id, each oldest first. */
    public Map<String, List<Amendment>> of(AmendedRecord type, Collection<String> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "SELECT a FROM Amendment a WHERE a.recordType = :type AND a.recordId IN"
                                + " :ids ORDER BY a.amendedAt, a.id",
                        Amendment.class)
                .setParameter("type", type)
                .setParameter("ids", recordIds)
                .getResultStream()
                .collect(Collectors.groupingBy(Amendment::recordId));
    }
}
