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
import org.asylon.detention.monitoring.entity.Finding;
import org.asylon.detention.monitoring.entity.Standard;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.detention.person.control.People;
import org.asylon.detention.place.control.Facilities;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;

/**
 * Findings checked against the standards (OPCAT Art 19(a)). Each is stored with what the records
 * said about it at that moment ({@link StandardsCheck#snapshot}), so that the monitor's file shows
 * the figures the monitor saw even after the records change. Read by monitors only.
 */
@ApplicationScoped
@Transactional
public class Findings {

    public static final String RECORD_TYPE = "monitoring-finding";

    private EntityManager em;
    private Visits visits;
    private People people;
    private Facilities facilities;
    private StandardsCheck check;
    private Amendments amendments;
    private MonitoringAccess access;
    private MonitoringEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Findings() {
        // for CDI's client proxy
    }

    @Inject
    public Findings(
            EntityManager em,
            Visits visits,
            People people,
            Facilities facilities,
            StandardsCheck check,
            Amendments amendments,
            MonitoringAccess access,
            MonitoringEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.visits = visits;
        this.people = people;
        this.facilities = facilities;
        this.check = check;
        this.amendments = amendments;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A finding and its amendments, oldest first. */
    public record Filed(Finding finding, List<Amendment> amendments) {}

    /**
     * @throws ProblemException naming {@code roomId} for a room that is not one of the visited
     *     place's, naming {@code personId} for a person not in the register of detained people
     */
    public Filed record(
            String visitId,
            Standard standard,
            String roomId,
            String personId,
            String text,
            Caller caller) {
        access.requireMonitorToChange(caller, "POST finding", Visits.RECORD_TYPE, visitId);
        Visit visit = visits.visit(visitId);
        // a room named where the standard takes none is refused by the finding itself
        Room room = roomId == null || !standard.takesRoom() ? null : roomOf(visit, roomId);
        if (standard.takesPerson()) {
            PersonNamed.requireRegistered(people, personId);
        }
        Finding finding =
                new Finding(
                        visit,
                        standard,
                        roomId,
                        personId,
                        text,
                        check.snapshot(standard, visit.facilityId(), room, personId),
                        caller.name(),
                        Instant.now(clock));
        em.persist(finding);
        em.flush();
        events.findingRecorded(finding);
        audit.record(
                caller.name(),
                "monitoring.finding-recorded",
                RECORD_TYPE,
                finding.id(),
                "visit " + visitId + ", " + standard);
        return new Filed(finding, List.of());
    }

    /** The visit's findings, oldest first; the reading is audited. */
    public List<Filed> ofVisit(String visitId, Caller caller) {
        access.requireMonitor(caller, "monitoring-finding-list", visitId);
        visits.visit(visitId);
        List<Finding> found =
                em.createQuery(
                                "SELECT f FROM Finding f WHERE f.visitId = :visit"
                                        + " ORDER BY f.recordedAt, f.id",
                                Finding.class)
                        .setParameter("visit", visitId)
                        .getResultList();
        audit.record(
                caller.name(),
                "monitoring.findings-listed",
                Visits.RECORD_TYPE,
                visitId,
                found.size() + " findings");
        Map<String, List<Amendment>> amended =
                amendments.of(AmendedRecord.FINDING, found.stream().map(Finding::id).toList());
        return found.stream()
                .map(f -> new Filed(f, amended.getOrDefault(f.id(), List.of())))
                .toList();
    }

    /** One finding; the reading is audited. */
    public Filed find(String id, Caller caller) {
        access.requireMonitor(caller, RECORD_TYPE, id);
        Finding finding = finding(id);
        audit.record(caller.name(), "monitoring.finding-read", RECORD_TYPE, id, null);
        return new Filed(finding, amendments.of(AmendedRecord.FINDING, id));
    }

    /** Adds an amendment by the monitor who recorded the finding; the original stays. */
    public Filed amend(String id, String text, Caller caller) {
        access.requireMonitorToChange(caller, "POST amendment", RECORD_TYPE, id);
        Finding finding = finding(id);
        access.requireAuthor(caller, finding.recordedBy(), "POST amendment", RECORD_TYPE, id);
        amendments.add(AmendedRecord.FINDING, id, RECORD_TYPE, text, caller.name());
        return new Filed(finding, amendments.of(AmendedRecord.FINDING, id));
    }

    /** Refuses every rewrite or deletion of a finding, recording the attempt. */
    public ProblemException refuseChange(String id, String method, Caller caller) {
        return access.refuseChange(
                caller, method, RECORD_TYPE, id, () -> em.find(Finding.class, id) != null);
    }

    private Finding finding(String id) {
        Finding finding = id == null ? null : em.find(Finding.class, id);
        if (finding == null) {
            throw ProblemException.notFound("monitoring finding", id);
        }
        return finding;
    }

    private Room roomOf(Visit visit, String roomId) {
        Room room;
        try {
            room = facilities.room(roomId);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            throw ProblemException.invalidField("roomId", "no registered room has this id");
        }
        if (!room.facilityId().equals(visit.facilityId())) {
            throw ProblemException.invalidField("roomId", "is not a room of the visited place");
        }
        return room;
    }
}
