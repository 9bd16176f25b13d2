package org.asylon.returns.returncase.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.returncase.entity.ReturnCase;

/** Reads of return cases, each audited: a case names a person. */
@ApplicationScoped
public class CaseReading {

    private ReturnCases cases;
    private AuditTrail audit;

    protected CaseReading() {
        // for CDI's client proxy
    }

    @Inject
    public CaseReading(ReturnCases cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    public ReturnCase read(String id, Caller caller) {
        ReturnCase found = cases.require(id);
        audit.record(caller.name(), "case.read", ReturnCases.RECORD_TYPE, id, null);
        return found;
    }
}
