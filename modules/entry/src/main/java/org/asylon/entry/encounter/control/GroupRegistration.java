package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.asylon.entry.encounter.boundary.NewGroup;
import org.asylon.entry.encounter.boundary.RescueInput;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.entry.encounter.entity.RescueDetails;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;

/** Registers a group and each of its members as an individual encounter, all or nothing. */
@ApplicationScoped
@Transactional
public class GroupRegistration {

    @PersistenceContext
    EntityManager em;

    @Inject
    EncounterRegistration encounters;

    @Inject
    EntryEvents events;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public record Registered(EncounterGroup group, List<Encounter> members) {
    }

    public Registered register(NewGroup request, String user) {
        if (request.parentGroupId() != null && em.find(EncounterGroup.class, request.parentGroupId()) == null) {
            throw ProblemException.invalidField("parentGroupId", "no group has this id");
        }
        RescueInput r = request.rescue();
        RescueDetails rescue = r == null ? null : new RescueDetails(r.vessel(), r.searchAndRescueRegion(),
                r.placeOfSafety(), r.disembarkedAt() == null ? null : r.disembarkedAt().toInstant(), r.rescued(),
                r.dead(), r.missing());
        EncounterGroup group = new EncounterGroup(request.kind(), request.label(), request.parentGroupId(), rescue, user,
                Instant.now(clock));
        em.persist(group);
        List<Encounter> members = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            NewGroup.Member member = request.members().get(i);
            try {
                members.add(encounters.register(member.encounter(), user, group.id(), member.role()));
            } catch (ProblemException e) {
                throw e.prefixFields("members[" + i + "].encounter.");
            }
        }
        events.groupRegistered(group, members.stream().map(Encounter::id).toList());
        audit.record(user, "group.registered", "group", group.id(), members.size() + " member(s)");
        return new Registered(group, members);
    }
}
