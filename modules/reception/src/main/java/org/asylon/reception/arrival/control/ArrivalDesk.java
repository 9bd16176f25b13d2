package org.asylon.reception.arrival.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.reception.Keyset;
import org.asylon.reception.Page;
import org.asylon.reception.SeenRecords;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.BorderGroup;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.reception.arrival.entity.Referral;

/**
 * What reception officers do at the desk: register walk-ins, record asylum wishes, decide
 * referrals.
 */
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
        Arrival arrival =
                new Arrival(
                        null,
                        person.surname(),
                        person.givenNames(),
                        person.originalScriptName(),
                        person.dateOfBirth(),
                        person.dateOfBirthEstimated(),
                        person.sex(),
                        person.nationalities() == null ? List.of() : person.nationalities(),
                        person.languages() == null ? List.of() : person.languages(),
                        person.unaccompaniedChild(),
                        user,
                        Instant.now(clock));
        if (person.specificNeeds() != null) {
            arrival.noteSpecificNeeds(person.specificNeeds());
        }
        em.persist(arrival);
        em.flush();
        events.registered(arrival);
        if (person.asylumRequested()) {
            referred(
                    arrival, List.of(arrival.requestAsylum("RECEPTION", Instant.now(clock), user)));
        }
        audit.record(user, "arrival.registered", "arrival", arrival.id(), "at the desk");
        em.flush(); // the version answered is the one written
        return arrival;
    }

    /**
     * A page of arrivals, newest registration first (ties by id), after {@code after} (null: the
     * first page); the listing is audited with the ids shown.
     */
    public Page<Arrival> latest(Keyset after, int max, String user) {
        var query =
                em.createQuery(
                        "SELECT a FROM Arrival a"
                                + (after == null
                                        ? ""
                                        : " WHERE a.registeredAt < :at OR (a.registeredAt = :at AND a.id < :id)")
                                + " ORDER BY a.registeredAt DESC, a.id DESC",
                        Arrival.class);
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        Page<Arrival> page =
                Page.of(
                        query.setMaxResults(max + 1).getResultList(),
                        max,
                        a -> Keyset.of(a.registeredAt(), a.id()));
        listed(page.items(), "all", user);
        return page;
    }

    /**
     * The arrival made from this border encounter (entry's id), if any: following a person across
     * modules.
     */
    public List<Arrival> fromEncounter(String sourceEncounterId, String user) {
        List<Arrival> found =
                em.createQuery(
                                "SELECT a FROM Arrival a WHERE a.sourceEncounterId = :e",
                                Arrival.class)
                        .setParameter("e", sourceEncounterId)
                        .getResultList();
        listed(found, "sourceEncounterId=" + sourceEncounterId, user);
        return found;
    }

    private void listed(List<Arrival> shown, String query, String user) {
        SeenRecords.details(shown.stream().map(Arrival::id).toList())
                .forEach(seen -> audit.record(user, "arrival.listed", "arrival-list", query, seen));
    }

    /** One arrival, for the officer who opens it (audited). */
    public Arrival read(String id, String user) {
        Arrival arrival = find(id);
        audit.record(user, "arrival.read", "arrival", id, null);
        return arrival;
    }

    /**
     * Who arrived with the person in a boat or a travel group registered at the border (a family
     * travelling in a boat counts the boat's people; the family itself is a household, not
     * companions).
     */
    public List<Companion> companions(Arrival arrival) {
        if (arrival.sourceEncounterId() == null) {
            return List.of();
        }
        List<BorderGroup> own =
                em.createQuery(
                                "SELECT g FROM BorderGroup g JOIN g.members m WHERE m = :e",
                                BorderGroup.class)
                        .setParameter("e", arrival.sourceEncounterId())
                        .getResultList();
        Map<String, BorderGroup> travelled = new LinkedHashMap<>();
        for (BorderGroup group : own) {
            BorderGroup travel =
                    group.family() && group.parentGroupId() != null
                            ? em.find(BorderGroup.class, group.parentGroupId())
                            : group;
            if (travel != null && !travel.family()) {
                travelled.put(travel.groupId(), travel);
            }
        }
        List<Companion> companions = new ArrayList<>();
        for (BorderGroup travel : travelled.values()) {
            Set<String> encounters = new LinkedHashSet<>(travel.members());
            em.createQuery(
                            "SELECT g FROM BorderGroup g WHERE g.parentGroupId = :p",
                            BorderGroup.class)
                    .setParameter("p", travel.groupId())
                    .getResultList()
                    .forEach(g -> encounters.addAll(g.members()));
            encounters.remove(arrival.sourceEncounterId());
            Map<String, String> arrivals = arrivalsOf(encounters);
            encounters.forEach(
                    e ->
                            companions.add(
                                    new Companion(
                                            travel.groupId(),
                                            travel.kind(),
                                            travel.label(),
                                            e,
                                            arrivals.get(e))));
        }
        return companions;
    }

    private Map<String, String> arrivalsOf(Collection<String> encounters) {
        Map<String, String> found = new HashMap<>();
        if (!encounters.isEmpty()) {
            em.createQuery(
                            "SELECT a.sourceEncounterId, a.id FROM Arrival a WHERE a.sourceEncounterId IN :e",
                            Object[].class)
                    .setParameter("e", encounters)
                    .getResultList()
                    .forEach(row -> found.put((String) row[0], (String) row[1]));
        }
        return found;
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

    /** The person asks for asylum again at the desk: a new asylum referral on the feed. */
    public Arrival renewAsylumRequest(String id, String ifMatch, String user) {
        Arrival arrival = current(id, ifMatch);
        referred(
                arrival,
                List.of(arrival.renewAsylumRequest("RECEPTION", Instant.now(clock), user)));
        audit.record(user, "arrival.asylum-requested-again", "arrival", id, null);
        em.flush(); // the version answered is the one written
        return arrival;
    }

    public Arrival decideReferrals(
            String id, String ifMatch, Set<Channel> channels, String reason, String user) {
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
