package org.asylon.reception.arrival.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.reception.SeenRecords;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.Referral;

/** What reception officers do at the desk: register walk-ins, record asylum wishes, decide referrals. */
@ApplicationScoped
@Transactional
public class ArrivalDesk {

    private EntityManager em;
    private ReceptionEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected ArrivalDesk() {
        // for CDI's client proxy
    }

    @Inject
    public ArrivalDesk(EntityManager em, ReceptionEvents events, AuditTrail audit, Clock clock) {
        this.em = em;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Arrival registerWalkIn(WalkIn person, String user) {
        Arrival arrival = new Arrival(null, person.surname(), person.givenNames(), person.originalScriptName(),
                person.dateOfBirth(), person.sex(), person.nationalities() == null ? List.of() : person.nationalities(),
                person.languages() == null ? List.of() : person.languages(), person.unaccompaniedChild(), user,
                Instant.now(clock));
        if (person.specificNeeds() != null) {
            arrival.noteSpecificNeeds(person.specificNeeds());
        }
        em.persist(arrival);
        em.flush();
        events.registered(arrival);
        if (person.asylumRequested()) {
            referred(arrival, List.of(arrival.requestAsylum("RECEPTION", Instant.now(clock), user)));
        }
        audit.record(user, "arrival.registered", "arrival", arrival.id(), "at the desk");
        em.flush(); // the version answered is the one written
        return arrival;
    }

    /** The most recently registered arrivals, newest first; the listing is audited with the ids shown. */
    public List<Arrival> latest(int max, String user) {
        List<Arrival> found = em.createQuery("SELECT a FROM Arrival a ORDER BY a.registeredAt DESC", Arrival.class)
                .setMaxResults(max).getResultList();
        SeenRecords.details(found.stream().map(Arrival::id).toList())
                .forEach(seen -> audit.record(user, "arrival.listed", "arrival-list", "all", seen));
        return found;
    }

    /** One arrival, for the officer who opens it (audited). */
    public Arrival read(String id, String user) {
        Arrival arrival = find(id);
        audit.record(user, "arrival.read", "arrival", id, null);
        return arrival;
    }

    public Arrival find(String id) {
        Arrival arrival = em.find(Arrival.class, id);
        if (arrival == null) {
            throw ProblemException.notFound("arrival", id);
        }
        return arrival;
    }

    public Arrival requestAsylum(String id, String ifMatch, String user) {
        Arrival arrival = current(id, ifMatch);
        var referral = arrival.requestAsylum("RECEPTION", Instant.now(clock), user);
        if (referral != null) {
            referred(arrival, List.of(referral));
            audit.record(user, "arrival.asylum-requested", "arrival", id, null);
        }
        return arrival;
    }

    public Arrival decideReferrals(String id, String ifMatch, Set<Channel> channels, String reason, String user) {
        Arrival arrival = current(id, ifMatch);
        List<Referral> made = arrival.decideReferrals(channels, reason, user, Instant.now(clock));
        referred(arrival, made);
        audit.record(user, "arrival.referrals-decided", "arrival", id, channels.toString());
        return arrival;
    }

    private void referred(Arrival arrival, List<Referral> made) {
        made.forEach(r -> events.referred(arrival, r));
    }

    private Arrival current(String id, String ifMatch) {
        Arrival arrival = find(id);
        Versions.requireMatch(ifMatch, arrival.version());
        return arrival;
    }
}
