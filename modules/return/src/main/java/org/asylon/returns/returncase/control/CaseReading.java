package org.asylon.returns.returncase.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.control.Listings;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.returncase.entity.ReturnCase;

/** Reads of return cases, each audited: a case names a person. */
@ApplicationScoped
public class CaseReading {

    private ReturnCases cases;
    private AuditTrail audit;
    private EntityManager em;

    protected CaseReading() {
        // for CDI's client proxy
    }

    @Inject
    public CaseReading(ReturnCases cases, AuditTrail audit, EntityManager em) {
        this.cases = cases;
        this.audit = audit;
        this.em = em;
    }

    /**
     * Cases newest first: open ({@code true}), ended ({@code false}) or all ({@code null}); the
     * listing is audited.
     */
    public List<ReturnCase> list(Boolean open, int limit, Caller caller) {
        String where =
                open == null
                        ? ""
                        : open ? " WHERE c.closure IS NULL" : " WHERE c.closure IS NOT NULL";
        List<ReturnCase> found =
                em.createQuery(
                                "SELECT c FROM ReturnCase c"
                                        + where
                                        + " ORDER BY c.openedAt DESC, c.id",
                                ReturnCase.class)
                        .setMaxResults(limit)
                        .getResultList();
        Listings.audit(
                audit,
                caller.name(),
                "case.listed",
                "cases?state=" + (open == null ? "all" : open ? "open" : "closed"),
                found.stream().map(ReturnCase::id).toList());
        return found;
    }

    public ReturnCase read(String id, Caller caller) {
        ReturnCase found = cases.require(id);
        audit.record(caller.name(), "case.read", ReturnCases.RECORD_TYPE, id, null);
        return found;
    }
}
