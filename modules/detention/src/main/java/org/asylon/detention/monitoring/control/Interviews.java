package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asylon.detention.monitoring.entity.AmendedRecord;
import org.asylon.detention.monitoring.entity.Amendment;
import org.asylon.detention.monitoring.entity.Interview;
import org.asylon.detention.monitoring.entity.IntervieweeRole;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.detention.person.control.People;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/**
 * Private interviews (OPCAT Art 20(d)). Monitors read them; nobody else does, and every other
 * attempt is refused and recorded ({@link MonitoringAccess}). No event is published and no audit
 * detail carries their content: the audit trail says who recorded or read which interview, never
 * what was said.
 */
@ApplicationScoped
@Transactional
public class Interviews {

    public static final String RECORD_TYPE = "monitoring-interview";

    private EntityManager em;
    private Visits visits;
    private People people;
    private Amendments amendments;
    private MonitoringAccess access;
    private AuditTrail audit;
    private Clock clock;

    protected Interviews() {
        // for CDI's client proxy
    }

    @Inject
    public Interviews(
            EntityManager em,
            Visits visits,
            People people,
            Amendments amendments,
            MonitoringAccess access,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.visits = visits;
        this.people = people;
        this.amendments = amendments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** An interview and its amendments, oldest first. */
    public record Filed(Interview interview, List<Amendment> amendments) {}

    /**
     * @throws ProblemException naming {@code personId} for a person not in the register of detained
     *     people
     */
    public Filed record(
            String visitId,
            String personId,
            IntervieweeRole role,
            String interpreterLanguage,
            boolean withoutWitnesses,
            String content,
            Caller caller) {
        access.requireMonitorToChange(caller, "POST interview", Visits.RECORD_TYPE, visitId);
        Visit visit = visits.visit(visitId);
        if (role == IntervieweeRole.DETAINED_PERSON) {
            PersonNamed.requireRegistered(people, personId);
        }
        Interview interview =
                new Interview(
                        visit,
                        personId,
                        role,
                        interpreterLanguage,
                        withoutWitnesses,
                        content,
                        caller.name(),
                        Instant.now(clock));
        em.persist(interview);
        em.flush();
        audit.record(
                caller.name(),
                "monitoring.interview-recorded",
                RECORD_TYPE,
                interview.id(),
                "visit " + visitId + ", " + role);
        return new Filed(interview, List.of());
    }

    /** The visit's interviews, oldest first; the reading is audited. */
    public List<Filed> ofVisit(String visitId, Caller caller) {
        access.requireMonitor(caller, "monitoring-interview-list", visitId);
        visits.visit(visitId);
        List<Interview> found =
                em.createQuery(
                                "SELECT i FROM Interview i WHERE i.visitId = :visit"
                                        + " ORDER BY i.recordedAt, i.id",
                                Interview.class)
                        .setParameter("visit", visitId)
                        .getResultList();
        audit.record(
                caller.name(),
                "monitoring.interviews-listed",
                Visits.RECORD_TYPE,
                visitId,
                found.size() + " interviews");
        Map<String, List<Amendment>> amended =
                amendments.of(AmendedRecord.INTERVIEW, found.stream().map(Interview::id).toList());
        return found.stream()
                .map(i -> new Filed(i, amended.getOrDefault(i.id(), List.of())))
                .toList();
    }

    /** One interview; the reading is audited. */
    public Filed find(String id, Caller caller) {
        access.requireMonitor(caller, RECORD_TYPE, id);
        Interview interview = interview(id);
        audit.record(caller.name(), "monitoring.interview-read", RECORD_TYPE, id, null);
        return new Filed(interview, amendments.of(AmendedRecord.INTERVIEW, id));
    }

    /** Adds an amendment by the monitor who recorded the interview; the original stays. */
    public Filed amend(String id, String text, Caller caller) {
        access.requireMonitorToChange(caller, "POST amendment", RECORD_TYPE, id);
        Interview interview = interview(id);
        access.requireAuthor(caller, interview.recordedBy(), "POST amendment", RECORD_TYPE, id);
        amendments.add(AmendedRecord.INTERVIEW, id, RECORD_TYPE, text, caller.name());
        return new Filed(interview, amendments.of(AmendedRecord.INTERVIEW, id));
    }

    /** Refuses every rewrite or deletion of an interview, recording the attempt. */
    public ProblemException refuseChange(String id, String method, Caller caller) {
        return access.refuseChange(
                caller, method, RECORD_TYPE, id, () -> em.find(Interview.class, id) != null);
    }

    private Interview interview(String id) {
        Interview interview = id == null ? null : em.find(Interview.class, id);
        if (interview == null) {
            throw ProblemException.notFound("monitoring interview", id);
        }
        return interview;
    }
}
