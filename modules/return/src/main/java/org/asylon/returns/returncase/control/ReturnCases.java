package org.asylon.returns.returncase.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;

/** Finds and ends return cases; every area of the module reaches a case through here. */
@ApplicationScoped
public class ReturnCases {

    public static final String RECORD_TYPE = "return-case";

    private EntityManager em;
    private AuditTrail audit;
    private ReturnCaseEvents events;
    private Clock clock;

    protected ReturnCases() {
        // for CDI's client proxy
    }

    @Inject
    public ReturnCases(EntityManager em, AuditTrail audit, ReturnCaseEvents events, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404 when there is no such case
     */
    public ReturnCase require(String id) {
        ReturnCase found = id == null ? null : em.find(ReturnCase.class, id);
        if (found == null) {
            throw ProblemException.notFound("return case", id);
        }
        return found;
    }

    /** The case, open, for a change: 404 when unknown, 409 when it has ended. */
    public ReturnCase requireOpen(String id) {
        ReturnCase found = require(id);
        found.requireOpen();
        return found;
    }

    /** Ends the case, audited and published ({@code case-closed}). */
    public ReturnCase close(String id, Closure how, Caller caller) {
        ReturnCase returnCase = requireOpen(id);
        returnCase.close(how, caller.name(), clock.instant());
        audit.record(caller.name(), "case.closed", RECORD_TYPE, id, how.name());
        events.closed(returnCase);
        return returnCase;
    }
}
